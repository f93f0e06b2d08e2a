// A function written against an error-first callback, `async function f(a, cb)` once its body has been
// flattened: can it return its result and throw its error instead? Only when every call of `cb` is in
// its own body, is the last thing on its path, says plainly whether it is an error or a value, and
// every path ends in one.
import { callbackParameter, terminalRefusal } from "./callback-contract";
import { forEachReference } from "./error-first";
import { isFunctionNode, walkOwnBody } from "./functions";

export type CallbackOutcome = "value" | "error";

/**
 * What a call of the callback reports, from its first argument: a value (`cb()`, `cb(null, x)`,
 * `cb(undefined, x)`), an error (`cb(new Error(...))`, `cb(err)` with `err` a catch clause's own
 * parameter around it), or null when the argument could be either.
 */
export function callbackOutcome(call: any, ancestors: readonly any[]): CallbackOutcome | null {
  const [first] = call.arguments;
  if (!first || first.type === "NullLiteral" || (first.type === "Identifier" && first.name === "undefined"))
    return "value";
  if (first.type === "UnaryExpression" && first.operator === "void" && first.argument.type === "NumericLiteral")
    return "value";
  if (first.type === "NewExpression") return "error";
  if (first.type === "Identifier") {
    for (let i = ancestors.length - 1; i >= 0 && !isFunctionNode(ancestors[i]); i--) {
      const node = ancestors[i];
      if (node.type === "CatchClause")
        return node.param?.type === "Identifier" && node.param.name === first.name ? "error" : null;
    }
  }
  return null;
}

function isCallbackCall(node: any, name: string): boolean {
  return node?.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === name;
}

/** A statement that calls the callback: `cb(...);` or `return cb(...);`. */
export function isCallbackStatement(statement: any, name: string): boolean {
  return (
    (statement?.type === "ExpressionStatement" && isCallbackCall(statement.expression, name)) ||
    (statement?.type === "ReturnStatement" && isCallbackCall(statement.argument, name))
  );
}

/** Why `fn` (with its callback as last parameter) cannot return and throw instead, or null. */
export function callbackApiRefusal(fn: any): string | null {
  const last = callbackParameter(fn);
  if (!last || fn.body?.type !== "BlockStatement") return "callback-parameter-not-found";
  const name: string = last.name;
  let refusal: string | null = null;
  const calls: { call: any; ancestors: any[] }[] = [];
  forEachReference(fn.body, name, (id, inBody) => {
    const ancestors = [fn, ...inBody];
    const parent = ancestors[ancestors.length - 1];
    if (!isCallbackCall(parent, name) || parent.callee !== id) refusal ??= "callback-escapes";
    else if (inBody.some(isFunctionNode)) refusal ??= "callback-called-from-nested-function";
    else calls.push({ call: parent, ancestors: ancestors.slice(0, -1) });
  });
  if (refusal) return refusal;
  const callNodes = new Set(calls.map(({ call }) => call));
  for (const { call, ancestors } of calls) {
    if (call.arguments.length > 2 || call.arguments.some((arg: any) => arg.type === "SpreadElement"))
      return "callback-called-with-several-values";
    if (!callbackOutcome(call, ancestors)) return "callback-argument-not-provable";
    const found = terminalRefusal(call, ancestors, fn, callNodes);
    if (found) return found.reason;
  }
  // Every path ends in a call of the callback: the body ends in one, and every return is one.
  if (!isCallbackStatement(fn.body.body[fn.body.body.length - 1], name)) return "callback-not-called-on-every-path";
  // `cb(x); return;` ends its path with the call too.
  const endsAfterCall = new Set<any>();
  walkOwnBody(
    fn.body,
    (node) => {
      if (node.type !== "BlockStatement") return;
      node.body.forEach((statement: any, i: number) => {
        if (
          statement.type === "ReturnStatement" &&
          !statement.argument &&
          i > 0 &&
          isCallbackStatement(node.body[i - 1], name)
        )
          endsAfterCall.add(statement);
      });
    },
    false,
  );
  walkOwnBody(
    fn.body,
    (node) => {
      if (node.type === "ReturnStatement" && !isCallbackCall(node.argument, name) && !endsAfterCall.has(node))
        refusal ??= "callback-not-called-on-every-path";
      // A throw used to escape as an uncaught exception; it would become the caller's error.
      if (node.type === "ThrowStatement") refusal ??= "function-throws";
    },
    false,
  );
  return refusal;
}
