// A function written against an error-first callback, `async function f(a, cb)` once its body has been
// flattened: can it return its result and throw its error instead? Only when every call of `cb` is in
// its own body, is the last thing on its path, says plainly whether it is an error or a value, and
// every path ends in one.
import type * as t from "@babel/types";
import { callbackParameter, terminalRefusal } from "./callback-contract";
import { forEachReference } from "./error-first";
import { isFunctionNode, walkOwnBody } from "./functions";

export type CallbackOutcome = "value" | "error";

/**
 * What a call of the callback reports, from its first argument: a value (`cb()`, `cb(null, x)`,
 * `cb(undefined, x)`), an error (`cb(new Error(...))`, `cb(err)` with `err` a catch clause's own
 * parameter around it), or null when the argument could be either.
 */
export function callbackOutcome(call: t.CallExpression, ancestors: readonly t.Node[]): CallbackOutcome | null {
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

function isCallbackCall(node: t.Node | null | undefined, name: string): node is t.CallExpression {
  return node?.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === name;
}

/** A statement that calls the callback: `cb(...);` or `return cb(...);`. */
export function isCallbackStatement(statement: t.Node | null | undefined, name: string): boolean {
  return (
    (statement?.type === "ExpressionStatement" && isCallbackCall(statement.expression, name)) ||
    (statement?.type === "ReturnStatement" && isCallbackCall(statement.argument, name))
  );
}

/** Why `fn` (with its callback as last parameter) cannot return and throw instead, or null. */
export function callbackApiRefusal(fn: t.Function): string | null {
  const last = callbackParameter(fn);
  const body = fn.body;
  if (!last || body.type !== "BlockStatement") return "callback-parameter-not-found";
  const name: string = last.name;
  let refusal: string | null = null;
  const calls: { call: t.CallExpression; ancestors: t.Node[] }[] = [];
  forEachReference(body, name, (id, inBody) => {
    const ancestors: t.Node[] = [fn, ...inBody];
    const parent = ancestors[ancestors.length - 1];
    if (!isCallbackCall(parent, name) || parent.callee !== id) refusal ??= "callback-escapes";
    else if (inBody.some(isFunctionNode)) refusal ??= "callback-called-from-nested-function";
    else calls.push({ call: parent, ancestors: ancestors.slice(0, -1) });
  });
  if (refusal) return refusal;
  const callNodes = new Set(calls.map(({ call }) => call));
  for (const { call, ancestors } of calls) {
    if (call.arguments.length > 2 || call.arguments.some((arg) => arg.type === "SpreadElement"))
      return "callback-called-with-several-values";
    if (!callbackOutcome(call, ancestors)) return "callback-argument-not-provable";
    const found = terminalRefusal(call, ancestors, fn, callNodes);
    if (found) return found.reason;
  }
  // Every path ends in a call of the callback: the body ends in one, and every return is one.
  if (!isCallbackStatement(body.body[body.body.length - 1], name)) return "callback-not-called-on-every-path";
  // `cb(x); return;` ends its path with the call too.
  const endsAfterCall = new Set<t.Node>();
  walkOwnBody(
    body,
    (node: t.Node) => {
      if (node.type !== "BlockStatement") return;
      node.body.forEach((statement, i) => {
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
    body,
    (node: t.Node) => {
      if (node.type === "ReturnStatement" && !isCallbackCall(node.argument, name) && !endsAfterCall.has(node))
        refusal ??= "callback-not-called-on-every-path";
      // A throw used to escape as an uncaught exception; it would become the caller's error.
      if (node.type === "ThrowStatement") refusal ??= "function-throws";
    },
    false,
  );
  return refusal;
}
