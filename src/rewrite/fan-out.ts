// A pending-counter fan-out (see analysis/fan-out) -> `await Promise.all(items.map(async function (item,
// i) { api(item, (err, value) => { if (err) throw err; results[i] = value; }); }))` in a try/catch that
// calls back with the first error, then the final call back. The step's own call is then converted like
// any other site at the end of a function this run made async.
import type { JSCodeshift } from "jscodeshift";
import { countReferences } from "../analysis/error-first";
import type { FanOut } from "../analysis/fan-out";
import { makeAsync, makeNotAsync } from "./async-function";
import { hole, statementsFrom } from "./snippet";

export function promiseAllFromFanOut(
  j: JSCodeshift,
  fn: any,
  fanOut: FanOut,
  options: { indent: string; typedCatch: boolean },
): { undo: () => void } {
  const { loop, iteratee, callback, errorCheck, bookkeeping, final, declarations } = fanOut;
  const fnBody = [...fn.body.body];
  const iterateeBody = iteratee.body;
  // `item => api(item, cb)`: a body of statements, where the call can be awaited.
  if (iteratee.body.type !== "BlockStatement") iteratee.body = j.blockStatement([j.expressionStatement(iteratee.body)]);
  const wasAsync = fn.async;
  const callbackBody = [...callback.body.body];
  const err: string = callback.params[0].name;
  const cb: string = fn.params[fn.params.length - 1].name;

  const [rethrow] = statementsFrom(j, `if (${err}) throw ${err};`);
  rethrow.comments = errorCheck.comments;
  callback.body.body = [
    rethrow,
    ...callbackBody.filter((statement) => statement !== errorCheck && !bookkeeping.includes(statement)),
  ];
  makeAsync(j, iteratee);
  const { indent } = options;
  const code = `try {\n${indent}await Promise.all(${hole("list")}.map(${hole("step")}));\n} catch (${err}${options.typedCatch ? ": any" : ""}) {\n${indent}return ${cb}(${err});\n}`;
  const replacement = [
    ...statementsFrom(j, code, { list: loop.expression.callee.object, step: iteratee }),
    j.expressionStatement(final),
  ];
  replacement[0].comments = loop.comments;
  const body = fn.body.body as any[];
  body.splice(body.indexOf(loop), 1, ...replacement);
  // The empty-list answer reads the list's length, not the counter (which started from it, and goes).
  const guardTest = fanOut.guard.test;
  const length = () => statementsFrom(j, `${fanOut.listText}.length;`)[0].expression;
  fanOut.guard.test = replaceName(j, guardTest, fanOut.counter, length);
  // The counter and the guard flag go when nothing reads them any more.
  for (const declaration of declarations) {
    const name = declaration.declarations[0].id.name;
    if (countReferences(fn.body, name) === countReferences(declaration, name))
      body.splice(body.indexOf(declaration), 1);
  }
  makeAsync(j, fn);
  return {
    undo: () => {
      fn.body.body = fnBody;
      callback.body.body = callbackBody;
      fanOut.guard.test = guardTest;
      iteratee.body = iterateeBody;
      makeNotAsync(iteratee);
      if (!wasAsync) makeNotAsync(fn);
    },
  };
}

/** A copy of the expression `node` (a test of names, literals, operators) with `name` replaced by `by()`. */
function replaceName(j: JSCodeshift, node: any, name: string, by: () => any): any {
  if (node.type === "Identifier") return node.name === name ? by() : node;
  if (node.type === "UnaryExpression")
    return j.unaryExpression(node.operator, replaceName(j, node.argument, name, by), node.prefix);
  if (node.type === "BinaryExpression")
    return j.binaryExpression(node.operator, replaceName(j, node.left, name, by), replaceName(j, node.right, name, by));
  return node;
}
