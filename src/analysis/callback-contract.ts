// Does a function written in the file keep the contract util.promisify relies on: its last parameter,
// the callback, is called at most once, and never before the function returns? Proven from the body,
// over its control flow (see callback-flow).
import { callbackFlow, type ArgumentCaller } from "./callback-flow";
import { rebinds } from "./error-first";
import { LOOP_STATEMENTS, returnsValue, usesArguments, usesEval, walkOwnBody } from "./functions";
import { walk } from "./walk";

export type ContractVerdict =
  | {
      ok: true;
      assumed: boolean;
      successError: "null" | "undefined" | null;
      values: number | null;
      /** It returns a value of its own (`return x` other than `return cb(...)`): a caller may read it. */
      returnsValue: boolean;
    }
  | { ok: false; reason: string };

type Refusal = { reason: string };

/**
 * `call` is the last thing its function does: `return call`, an arrow's body, or a statement with
 * nothing after it on any path (last in its block, up through `if` branches and a catch clause whose
 * try block does not call back). Inside a try block a throw from the callback would be caught and could
 * call it again; inside a loop a statement runs again.
 */
export function terminalRefusal(call: any, ancestors: readonly any[], frame: any, calls: Set<any>): Refusal | null {
  const notTerminal = { reason: "callback-call-not-terminal" };
  let index = ancestors.length - 1;
  const parent = ancestors[index];
  if (parent === frame) return frame.body === call ? null : notTerminal;
  if (parent?.type !== "ReturnStatement" && parent?.type !== "ExpressionStatement") return notTerminal;
  let mustBeLast = parent.type === "ExpressionStatement";
  let child = parent;
  for (index--; index >= 0; index--) {
    const container = ancestors[index];
    if (container === frame) return null;
    switch (container.type) {
      case "BlockStatement":
        if (mustBeLast && container.body[container.body.length - 1] !== child) {
          // `cb(x); return;`: the path ends right after the call.
          const next = container.body[container.body.indexOf(child) + 1];
          if (next?.type !== "ReturnStatement" || next.argument) return notTerminal;
          mustBeLast = false;
        }
        break;
      case "IfStatement":
      case "LabeledStatement":
      case "CatchClause":
        break;
      case "TryStatement":
        if (child !== container.handler || callsWithin(container.block, calls) || container.finalizer)
          return { reason: "callback-called-in-try" };
        break;
      case "SwitchCase":
      case "SwitchStatement":
        if (mustBeLast) return notTerminal;
        break;
      default:
        if (LOOP_STATEMENTS.has(container.type)) {
          if (mustBeLast) return { reason: "callback-called-in-loop" };
          break;
        }
        return notTerminal;
    }
    child = container;
  }
  return notTerminal;
}

function callsWithin(node: any, calls: Set<any>): boolean {
  let found = false;
  walk(node, (current) => {
    if (calls.has(current)) found = true;
    return !found;
  });
  return found;
}

/** A function's callback parameter: its last one, a plain name, with a default or not (`cb = () => {}`); else null. */
export function callbackParameter(fn: any): any | null {
  const last = fn.params[fn.params.length - 1];
  const id = last?.type === "AssignmentPattern" ? last.left : last;
  return id?.type === "Identifier" ? id : null;
}

/** Why `fn(...args, cb)` may call `cb` twice or synchronously, or whether that holds only on trust. */
export function callbackContractOf(fn: any, callerOf: ArgumentCaller): ContractVerdict {
  if (fn.async || fn.generator) return { ok: false, reason: "definition-is-async-or-generator" };
  const last = callbackParameter(fn);
  if (!last) return { ok: false, reason: "callback-parameter-not-found" };
  if (usesArguments(fn)) return { ok: false, reason: "definition-uses-arguments" };
  if (usesEval(fn)) return { ok: false, reason: "definition-uses-eval" };
  const name: string = last.name;
  // A nested function or catch clause that binds the name again hides uses of ours (in its parameter
  // defaults, a computed key) from a simple look: refuse rather than miss one.
  let shadowed = false;
  walk(fn.body, (node) => {
    if (rebinds(node, name)) shadowed = true;
    return !shadowed;
  });
  // A throw before the function returns used to reach its caller; promisify turns it into a rejection.
  let throws = false;
  walkOwnBody(fn.body, (node) => void (throws ||= node.type === "ThrowStatement"), false);
  if (shadowed) return { ok: false, reason: "callback-name-shadowed" };
  if (throws) return { ok: false, reason: "definition-throws" };
  const { reason, assumed, successError, values } = callbackFlow(fn, name, callerOf);
  if (reason) return { ok: false, reason };
  return { ok: true, assumed, successError, values, returnsValue: returnsValue(fn, undefined, name) };
}

export type { ArgumentCaller };
