// Calls of functions outside the core table that pass an error-first callback literal: which of them
// could convert at all, decided from the call and where it stands. The plain-parse survey and the
// transform ask the same question, so a site gets the same reason on either path.
import type * as t from "@babel/types";
import { DEFERRALS, NOT_ERROR_FIRST_FUNCTIONS, NOT_ERROR_FIRST_METHODS } from "../knowledge/callback-conventions";
import { CAPTURABLE, errorHandlingOf } from "./error-first";
import { isFunctionNode, memberText } from "./functions";

/** Why the callee of `call` cannot be an error-first API converted through promisify, or null. */
export function calleeRefusal(call: any): string | null {
  const { callee } = call;
  // `f?.(...)` does nothing when f is missing; an await of its promise would fail.
  if (call.optional || call.type === "OptionalCallExpression") return "optional-call";
  const text = memberText(callee);
  if (!text || text === "this" || /\.(call|apply|bind)$/.test(text)) return "callee-not-a-name";
  if (
    callee.type === "Identifier"
      ? NOT_ERROR_FIRST_FUNCTIONS.has(text)
      : NOT_ERROR_FIRST_METHODS.has(callee.property.name) || DEFERRALS.has(text)
  )
    return "not-an-error-first-api";
  return null;
}

/**
 * Why `call` (whose last argument is an error-first callback literal; `around` its ancestors, nearest
 * first) cannot convert, or null when it may: the callee is not a plain name or method, takes
 * listeners or iterators, the callback does not check its error in a recognised way, or the call does
 * not end a function (or stand at module level), now or once the calls around it are converted.
 */
export function userCallRefusal(call: any, around: readonly any[]): string | null {
  const calleeReason = calleeRefusal(call);
  if (calleeReason) return calleeReason;
  const callback = call.arguments[call.arguments.length - 1];
  if (callback.params.length > 2) return "callback-has-extra-parameters";
  const handling = errorHandlingOf(callback);
  // Any other use of the error converts when the function's contract shows its error on success
  // (the transform decides, with the contract).
  if (handling.kind === "unrecognized" && !CAPTURABLE.has(handling.reason)) return handling.reason;
  // Only a callback that checks its first parameter shows that the function is error-first.
  if (handling.kind === "ignored") return "error-never-read";
  // A site that does not end its function may still convert in an async function of its own: the
  // transform decides, knowing who calls the function.
  const position = positionRefusal(around);
  return position === "not-in-tail-position" ? null : position;
}

/**
 * Why a call (`around` its ancestors, nearest first) is not where an await can take its place: its result
 * is used, or it is not the last statement of a function (nor a statement at module level).
 */
export function positionRefusal(around: readonly any[]): string | null {
  const [statement, container] = around;
  // `return f(..., cb)`: what f returns decides (the transform knows the function).
  if (statement?.type === "ReturnStatement") return returnEndsItsFunction(around) ? null : "not-in-tail-position";
  if (statement?.type !== "ExpressionStatement") return "call-result-used";
  if (container?.type === "Program") return null;
  if (!around.some(isFunctionNode)) return "top-level-code";
  return endsItsFunction(around) ? null : "not-in-tail-position";
}

/**
 * A `return` (`around`: it, then its ancestors, nearest first) ends its function wherever it stands,
 * unless a `try` around it would catch, or a `finally` (or a `for...of`'s iterator closing) run after,
 * what now follows the await.
 */
export function returnEndsItsFunction(around: readonly t.Node[]): boolean {
  const until = around.findIndex(isFunctionNode);
  // (A `for...of` closes its iterator as the return leaves it: before the callback then, after it now.)
  return (
    until !== -1 &&
    !around.slice(0, until).some((node) => node.type === "TryStatement" || node.type === "ForOfStatement")
  );
}

/**
 * The statement (`around`: it, then its ancestors, nearest first) is the last thing its function does:
 * the last statement of its body (but for function declarations after it), or of a branch of an `if`
 * (or a block) that is, in turn. Nothing of the function runs after it, so the code an await moves
 * after it is the code that already came last.
 */
export function endsItsFunction(around: readonly t.Node[]): boolean {
  for (let i = 0; i + 1 < around.length; i++) {
    const [node, parent, owner] = [around[i], around[i + 1], around[i + 2]];
    if (parent.type === "BlockStatement") {
      // (Function declarations after it do nothing where they stand: they were made on entry.)
      const after = parent.body.slice(parent.body.indexOf(node as t.Statement) + 1);
      if (!parent.body.includes(node as t.Statement) || after.some((s) => s.type !== "FunctionDeclaration"))
        return false;
      if (isFunctionNode(owner)) return (owner as t.Function).body === parent;
    } else if (parent.type !== "IfStatement" || (parent.consequent !== node && parent.alternate !== node)) return false;
  }
  return false;
}
