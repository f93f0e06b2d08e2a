// Does a function written in the file keep the contract util.promisify relies on: its last parameter,
// the callback, is called at most once, and never before the function returns? Proven from the body:
// every call of the callback is the last thing its function does, inside callbacks of calls that run
// them once and later, nested in one line (never in two sibling callbacks, a loop, a try block).
import type { CallbackCaller } from "../knowledge/callback-conventions";
import { forEachReference, rebinds } from "./error-first";
import { isFunctionNode, LOOP_STATEMENTS, usesArguments, usesEval, walkOwnBody } from "./functions";
import { walk } from "./walk";

export type ContractVerdict = { ok: true; assumed: boolean } | { ok: false; reason: string };

/**
 * How `call` treats its argument `arg` (a function literal, or the callback itself passed on):
 * `assumed-once` is a third-party error-first API, taken to call back once and later without proof.
 * `around` is the node that holds the call (a statement when its result is thrown away).
 */
export type ArgumentCaller = (call: any, arg: any, around: any) => CallbackCaller | "assumed-once" | "unknown";

/** A place the callback gets called from: a call `cb(...)`, or a call that is handed `cb` and calls it later. */
interface CallbackCall {
  call: any;
  ancestors: readonly any[];
}

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

  let refusal: Refusal | null = null;
  let assumed = false;
  const callbackCalls: CallbackCall[] = [];
  forEachReference(fn.body, name, (id, inBody) => {
    if (refusal) return;
    const ancestors = [fn, ...inBody];
    const parent = ancestors[ancestors.length - 1];
    const isCallee =
      (parent?.type === "CallExpression" || parent?.type === "OptionalCallExpression") && parent.callee === id;
    if (isCallee) return void callbackCalls.push({ call: parent, ancestors: ancestors.slice(0, -1) });
    const caller =
      parent?.type === "CallExpression" && parent.arguments.includes(id)
        ? callerOf(parent, id, ancestors[ancestors.length - 2])
        : "unknown";
    if (caller === "timer") refusal = { reason: "callback-called-from-timer" };
    else if (caller === "once-later" || caller === "assumed-once") {
      assumed ||= caller === "assumed-once";
      callbackCalls.push({ call: parent, ancestors: ancestors.slice(0, -1) });
    } else refusal = { reason: "callback-escapes" };
  });
  if (refusal) return { ok: false, ...(refusal as Refusal) };

  // The nested functions between `fn` and each call: each must be a callback run once, later.
  const framesOf = (ancestors: readonly any[]) => ancestors.filter((node, i) => i > 0 && isFunctionNode(node));
  const nesting: any[][] = [];
  for (const { call, ancestors } of callbackCalls) {
    const frames = framesOf(ancestors);
    const deferred = call.callee.type !== "Identifier" || call.callee.name !== name;
    if (frames.length === 0 && !deferred) return { ok: false, reason: "callback-called-synchronously" };
    for (const frame of frames) {
      // A named function expression can call itself again.
      if (frame.type === "FunctionExpression" && frame.id)
        return { ok: false, reason: "callback-called-from-unknown-callback" };
      const holder = ancestors[ancestors.indexOf(frame) - 1];
      const caller =
        holder?.type === "CallExpression" && holder.arguments.includes(frame)
          ? callerOf(holder, frame, ancestors[ancestors.indexOf(frame) - 2])
          : "unknown";
      if (caller === "timer") return { ok: false, reason: "callback-called-from-timer" };
      if (caller === "many") return { ok: false, reason: "callback-may-be-called-more-than-once" };
      if (caller === "unknown") return { ok: false, reason: "callback-called-from-unknown-callback" };
      assumed ||= caller === "assumed-once";
    }
    nesting.push(frames);
  }
  // One line of nesting: two calls in sibling callbacks could both run.
  const deepest = nesting.reduce((a, b) => (b.length > a.length ? b : a), [] as any[]);
  if (nesting.some((frames) => frames.some((frame, i) => deepest[i] !== frame)))
    return { ok: false, reason: "callback-may-be-called-more-than-once" };

  // Every call of the callback, and every call that starts the next level, ends its own function.
  const calls = new Set(callbackCalls.map(({ call }) => call));
  for (const { call, ancestors } of callbackCalls) {
    const frames = framesOf(ancestors);
    const found = terminalRefusal(call, ancestors, frames[frames.length - 1] ?? fn, calls);
    if (found) return { ok: false, ...found };
  }
  const deepestAncestors =
    callbackCalls.find(({ ancestors }) => framesOf(ancestors).length === deepest.length)?.ancestors ?? [];
  for (let level = 0; level < deepest.length; level++) {
    const at = deepestAncestors.indexOf(deepest[level]);
    const found = terminalRefusal(
      deepestAncestors[at - 1],
      deepestAncestors.slice(0, at - 1),
      level === 0 ? fn : deepest[level - 1],
      calls,
    );
    if (found) return { ok: false, ...found };
  }
  return { ok: true, assumed };
}
