// A promise chain written out as statements after `await`s: each `.then` handler's body inlined (or
// its function called by name) after the wait for the value before it, and each `.catch`/`.finally`
// a try around exactly the steps it covered.
import type { API } from "jscodeshift";
import { countReferences } from "../analysis/error-first";
import { isFunctionNode } from "../analysis/functions";
import { assignsTo, declaredNames, onlyTryAfter } from "../analysis/promise-chain";
import { walk } from "../analysis/walk";
import { freeName } from "./module-scope";

type J = API["jscodeshift"];

/** A step's handler: a function literal to inline, or a function of the file called by name. */
export type Handler = { literal: any } | { name: string };

export interface WrittenStep {
  kind: "then" | "catch" | "finally";
  handler: Handler;
  /** `.then(ok, err)`: `err`. */
  onRejected: Handler | null;
}

/** Where the chain's value goes. */
export type ChainSink =
  /**
   * `return chain`: the last step's returns end the function; `awaitAll`: each return awaited (a `try` is
   * around); `followed`: code comes after the statement, so the steps end with a `return;` of their own.
   */
  | { kind: "return"; awaitAll: boolean; followed: boolean }
  /** `const v = await chain;` */
  | { kind: "declare"; declaration: "const" | "let" | "var"; id: any }
  /** `v = await chain;` */
  | { kind: "assign"; id: any }
  /** `await chain;` */
  | { kind: "discard" };

export interface WrittenChain {
  /** The base call, made first into a `const` (its synchronous throw was never the chain's to catch). */
  before: any[];
  statements: any[];
}

/** Expressions whose value is always a primitive (never a promise to wait for). */
const PRIMITIVE = new Set([
  "StringLiteral",
  "NumericLiteral",
  "BooleanLiteral",
  "NullLiteral",
  "BigIntLiteral",
  "TemplateLiteral",
  "BinaryExpression",
  "UnaryExpression",
  "UpdateExpression",
]);

/** Expressions `await x` needs no parentheses around (a binary or conditional one would bind wrongly). */
const TIGHT = new Set([
  "Identifier",
  "CallExpression",
  "MemberExpression",
  "NewExpression",
  "StringLiteral",
  "NumericLiteral",
  "BooleanLiteral",
  "NullLiteral",
  "Literal",
  "TemplateLiteral",
  "ArrayExpression",
  "ObjectExpression",
  "ThisExpression",
  "AwaitExpression",
]);

/** `await x`, with `x` in parentheses unless it binds tighter than `await`. */
function awaitOf(j: J, expression: any): any {
  return j.awaitExpression(TIGHT.has(expression.type) ? expression : (j as any).parenthesizedExpression(expression));
}

/** A value that is never a thenable: a primitive, an array literal, an object literal without `then` (or a spread that may bring one). */
function neverThenable(expression: any): boolean {
  if (PRIMITIVE.has(expression.type) || expression.type === "ArrayExpression") return true;
  if (expression.type !== "ObjectExpression") return false;
  // A `__proto__:` key sets the prototype, which may have a `then`.
  return expression.properties.every(
    (property: any) =>
      property.type !== "SpreadElement" &&
      !property.computed &&
      !["then", "__proto__"].includes(property.key.name ?? property.key.value),
  );
}

/** A value whose wait or evaluation does nothing worth a statement: a literal, `undefined`. */
function isInert(expression: any): boolean {
  if (expression.type === "Identifier") return expression.name === "undefined";
  return /Literal$/.test(expression.type) && expression.type !== "TemplateLiteral";
}

/** `value;` as a statement (`await value;` for a possible thenable), or nothing for an inert value. */
function waitFor(j: J, expression: any): any[] {
  return isInert(expression) ? [] : [j.expressionStatement(settledValue(j, expression))];
}

/** The value a step hands on, awaited unless it can never be a thenable. */
function settledValue(j: J, expression: any): any {
  return neverThenable(expression) ? expression : awaitOf(j, expression);
}

/**
 * `=> ({ ... })` needed its parentheses; `return { ... }` does not. recast reprints a node that differs
 * from the one it parsed (an object literal, on one line per property), so the parsed one loses them too
 * and the object's own text is kept.
 */
function withoutParentheses(node: any): void {
  const strip = (extra: any) => {
    const { parenthesized: _p, parenStart: _s, ...rest } = extra;
    return rest;
  };
  node.extra = strip(node.extra);
  if (node.original?.extra) node.original.extra = strip(node.original.extra);
}

/**
 * The base of a chain split over lines (`fs.promises\n  .readFile(f)`) stands alone after the split:
 * its member accesses are made anew, so recast prints them on one line (`fs.promises.readFile(f)`).
 */
function onOneLine(j: J, node: any): any {
  if (node.type === "CallExpression") {
    node.callee = onOneLine(j, node.callee);
    return node;
  }
  if (node.type !== "MemberExpression") return node;
  const object = onOneLine(j, node.object);
  const split =
    node.loc && node.object.loc && node.property.loc && node.property.loc.start.line > node.object.loc.end.line;
  if (!split && object === node.object) return node;
  return j.memberExpression(object, node.property, node.computed);
}

/** The statements of a handler's body: a block's, or `return <expression>`. */
function bodyStatements(j: J, literal: any): any[] {
  if (literal.body.type === "BlockStatement") return literal.body.body;
  if (literal.body.type === "ObjectExpression" && literal.body.extra?.parenthesized) withoutParentheses(literal.body);
  return [j.returnStatement(literal.body)];
}

/** A handler's statements without its final `return`, and what that return handed on (`undefined` without one). */
function bodyAndResult(j: J, literal: any): { body: any[]; result: any } {
  const body = bodyStatements(j, literal);
  const final = body[body.length - 1];
  if (final?.type !== "ReturnStatement") return { body, result: j.identifier("undefined") };
  return { body: body.slice(0, -1), result: final.argument ?? j.identifier("undefined") };
}

/** `return x` -> `return await x` in `statements` (not in nested functions): inside `try`, a returned promise's rejection must be caught there. */
function awaitReturns(j: J, statements: any[]): void {
  for (const statement of statements) {
    walk(statement, (node) => {
      if (isFunctionNode(node)) return false;
      if (
        node.type === "ReturnStatement" &&
        node.argument &&
        !neverThenable(node.argument) &&
        node.argument.type !== "AwaitExpression"
      )
        node.argument = awaitOf(j, node.argument);
    });
  }
}

/** `let name;` (with the type annotation of the parameter it stands for, in TypeScript). */
function letDeclaration(j: J, name: string, annotation: any): any {
  const id = j.identifier(name);
  if (annotation) (id as any).typeAnnotation = annotation;
  return j.variableDeclaration("let", [j.variableDeclarator(id)]);
}

const assignment = (j: J, name: string, value: any) =>
  j.expressionStatement(j.assignmentExpression("=", j.identifier(name), value));

/** The catch clause's parameter, typed `any` in TypeScript (a catch variable may be only `any` or `unknown`). */
function catchParameter(j: J, literal: any, typedCatch: boolean): any {
  const [param] = literal.params;
  const loose = (type: any) => type?.type === "TSAnyKeyword" || type?.type === "TSUnknownKeyword";
  if (param && typedCatch && param.type === "Identifier" && !loose(param.typeAnnotation?.typeAnnotation))
    param.typeAnnotation = j.tsTypeAnnotation(j.tsAnyKeyword());
  return param ?? null;
}

/** `finally { ... }` for `.finally(f)`: `f`'s statements, or a wait for what it returns (a rejection replaces the result). */
function finalizerFor(j: J, handler: Handler): any {
  if ("name" in handler)
    return j.blockStatement([
      j.expressionStatement(j.awaitExpression(j.callExpression(j.identifier(handler.name), []))),
    ]);
  const body = handler.literal.body;
  return j.blockStatement(body.type === "BlockStatement" ? body.body : [j.expressionStatement(awaitOf(j, body))]);
}

/**
 * The chain `base` + `steps` as statements, its value going to `sink`. The judge has made sure that
 * every handler whose value is handed on returns only at its end, that `.then(ok, err)` comes only last
 * into a `return` sink, and that the names the handlers bring mean nothing else where they land.
 * `separateBase`: the base call is made before everything (before a try that must not catch its throw).
 */
export function writeChain(
  j: J,
  base: any,
  steps: WrittenStep[],
  sink: ChainSink,
  taken: Set<string>,
  typedCatch: boolean,
  separateBase: boolean,
): WrittenChain {
  const before: any[] = [];
  let out: any[] = [];
  base = onOneLine(j, base);
  // The current value: `value` still to be awaited, or the name of a variable holding it settled.
  let value: any = base;
  let settled: string | null = null;
  // A try whose value nobody reads (`await chain;`) settles it without a variable.
  let pending = true;
  // A `.then` before the final try has written the function's returns (inside that try).
  let returned = false;
  const returns = sink.kind === "return";
  const current = () => (settled ? j.identifier(settled) : settledValue(j, value));

  if (separateBase) {
    const promise = freeName("promise", taken);
    before.push(j.variableDeclaration("const", [j.variableDeclarator(j.identifier(promise), base)]));
    value = j.identifier(promise);
  }

  /** The current value into a step's parameter (none: just the wait). */
  const receive = (param: any, body: any) => {
    if (settled && param?.type === "Identifier" && param.name === settled) return;
    if (!param) return void (!settled && pending && out.push(...waitFor(j, value)));
    // A handler that changes its parameter needs a `let`.
    out.push(j.variableDeclaration(assignsTo(body, param) ? "let" : "const", [j.variableDeclarator(param, current())]));
  };
  const handOn = (next: any) => {
    value = next;
    settled = null;
    pending = true;
  };

  const writeThen = (handler: Handler, endsFunction: boolean) => {
    if ("name" in handler) {
      let argument = settled;
      if (!argument) {
        argument = freeName("value", taken);
        out.push(j.variableDeclaration("const", [j.variableDeclarator(j.identifier(argument), current())]));
      }
      const call = j.callExpression(j.identifier(handler.name), [j.identifier(argument)]);
      if (!endsFunction) return handOn(call);
      returned = true;
      return void out.push(j.returnStatement(call));
    }
    const literal = handler.literal;
    receive(literal.params[0], literal.body);
    if (endsFunction) {
      const body = bodyStatements(j, literal);
      if (returns && sink.awaitAll) awaitReturns(j, body);
      returned = true;
      return void out.push(...body);
    }
    const { body, result } = bodyAndResult(j, literal);
    out.push(...body);
    handOn(result);
  };

  // `.then(ok, err)` ending the chain: the wait in a try whose catch is `err` (ending the function there),
  // `ok` after it, where `err` does not see what it throws.
  const writeThenWithRejection = (ok: Handler, err: Handler) => {
    const param = "literal" in ok ? ok.literal.params[0] : null;
    const name = "name" in ok ? freeName("value", taken) : (param?.name ?? null);
    const attempt = name ? [assignment(j, name, current())] : settled ? [] : waitFor(j, value);
    const clause = catchClauseFor(err, "return-and-end");
    const after =
      "name" in ok
        ? [j.returnStatement(j.callExpression(j.identifier(ok.name), [j.identifier(name)]))]
        : bodyStatements(j, ok.literal);
    if (returns && sink.awaitAll) {
      awaitReturns(j, clause.body.body);
      awaitReturns(j, after);
    }
    out = [
      ...(name ? [letDeclaration(j, name, param?.typeAnnotation)] : []),
      j.tryStatement(j.blockStatement([...out, ...attempt]), clause),
      ...after,
    ];
  };

  /**
   * The catch clause a rejection handler becomes: a function of the file is called with the error
   * (`catch (error) { return handle(error); }`), a literal gives its parameter and statements. Its value:
   * returned (`"return"`; `"return-and-end"` adds a `return;` where the body falls off its end, when
   * code follows the try), or stored in `target`, or only waited for (null).
   */
  function catchClauseFor(handler: Handler, use: "return" | "return-and-end" | { target: string | null }): any {
    if ("name" in handler) {
      const error = freeName("error", taken);
      const call = j.callExpression(j.identifier(handler.name), [j.identifier(error)]);
      // TypeScript: the clause's variable is `unknown` under --strict; the handler's parameter has a type.
      const errorId = j.identifier(error);
      if (typedCatch) (errorId as any).typeAnnotation = j.tsTypeAnnotation(j.tsAnyKeyword());
      const statement =
        typeof use === "string"
          ? j.returnStatement(call)
          : use.target
            ? assignment(j, use.target, settledValue(j, call))
            : j.expressionStatement(awaitOf(j, call));
      return j.catchClause(errorId, null, j.blockStatement([statement]));
    }
    const param = catchParameter(j, handler.literal, typedCatch);
    if (typeof use === "string") {
      const body = bodyStatements(j, handler.literal);
      const last = body[body.length - 1];
      const ends = last?.type === "ReturnStatement" || last?.type === "ThrowStatement";
      return j.catchClause(
        param,
        null,
        j.blockStatement(use === "return" || ends ? body : [...body, j.returnStatement(null)]),
      );
    }
    const { body, result } = bodyAndResult(j, handler.literal);
    const handsOn = !(result.type === "Identifier" && result.name === "undefined");
    // TypeScript would call the variable used before being assigned (it is undefined, as the value was).
    const unset = typedCatch && use.target ? [assignment(j, use.target, j.identifier("undefined"))] : [];
    const statements = !handsOn
      ? unset
      : use.target
        ? [assignment(j, use.target, settledValue(j, result))]
        : waitFor(j, result);
    return j.catchClause(param, null, j.blockStatement([...body, ...statements]));
  }

  // `.catch(h)`, `.finally(f)` or both: one try around everything so far. Ending the function, it returns
  // the value; otherwise the value goes into a variable (the next step's parameter where it can).
  const writeTry = (
    onError: Handler | null,
    onSettled: Handler | null,
    ends: boolean,
    next: WrittenStep | undefined,
  ) => {
    const finalizer = onSettled ? finalizerFor(j, onSettled) : null;
    if (ends && returns) {
      // Inside the try, a returned promise's rejection must be caught there: `return await`.
      if (returned) awaitReturns(j, out);
      const block = returned ? out : [...out, j.returnStatement(current())];
      const clause = onError ? catchClauseFor(onError, "return") : null;
      // Before a `.finally`, what the catch returns is settled first, as `.finally` waited for `.catch`'s promise.
      if (clause && (onSettled || sink.awaitAll)) awaitReturns(j, clause.body.body);
      out = [j.tryStatement(j.blockStatement(block), clause, finalizer)];
      return;
    }
    // The catch handler's own names would hide a variable of the same name inside its clause.
    const hidden = onError && "literal" in onError ? new Set(declaredNames(onError.literal)) : new Set<string>();
    let target: string | null = null;
    let annotation: any = null;
    const nextParam = next?.kind === "then" && "literal" in next.handler ? next.handler.literal.params[0] : null;
    // The declared name as the try's variable, unless a handler reads it (it was in its TDZ there).
    const readByHandler = (name: string) =>
      steps.some((step) =>
        [step.handler, step.onRejected].some((h) => h && "literal" in h && countReferences(h.literal, name) > 0),
      );
    if (
      ends &&
      sink.kind === "declare" &&
      sink.declaration !== "var" &&
      sink.id.type === "Identifier" &&
      !hidden.has(sink.id.name) &&
      !readByHandler(sink.id.name)
    ) {
      target = sink.id.name;
      annotation = sink.id.typeAnnotation;
    } else if (ends && sink.kind === "discard") target = null;
    // The next step takes no value: it is only waited for.
    else if (
      !ends &&
      next?.kind === "then" &&
      "literal" in next.handler &&
      next.handler.literal.params.length === 0 &&
      !next.onRejected
    )
      target = null;
    else if (!ends && nextParam?.type === "Identifier" && !hidden.has(nextParam.name) && !next!.onRejected) {
      target = nextParam.name;
      annotation = nextParam.typeAnnotation;
    } else target = freeName("value", taken);
    const attempt = target ? [assignment(j, target, current())] : settled || !pending ? [] : waitFor(j, value);
    const clause = onError ? catchClauseFor(onError, { target }) : null;
    out = [
      ...(target ? [letDeclaration(j, target, annotation)] : []),
      j.tryStatement(j.blockStatement([...out, ...attempt]), clause, finalizer),
    ];
    settled = target;
    pending = false;
  };

  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step.kind === "then" && step.onRejected) writeThenWithRejection(step.handler, step.onRejected);
    else if (step.kind === "then") writeThen(step.handler, returns && onlyTryAfter(steps, i));
    else {
      const onError = step.kind === "catch" ? step.handler : null;
      const onSettled =
        step.kind === "finally" ? step.handler : steps[i + 1]?.kind === "finally" ? steps[++i].handler : null;
      writeTry(onError, onSettled, i === steps.length - 1, steps[i + 1]);
    }
  }

  if (sink.kind === "declare") {
    if (!(settled && sink.id.type === "Identifier" && sink.id.name === settled))
      out.push(j.variableDeclaration(sink.declaration, [j.variableDeclarator(sink.id, current())]));
  } else if (sink.kind === "assign") out.push(assignment(j, sink.id.name, current()));
  else if (sink.kind === "discard" && pending && !settled) out.push(...waitFor(j, value));
  const final = out[out.length - 1];
  if (returns && sink.followed && final?.type !== "ReturnStatement" && final?.type !== "ThrowStatement")
    out.push(j.returnStatement(null));
  return { before, statements: out };
}
