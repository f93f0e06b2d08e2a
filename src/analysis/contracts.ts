// The callback contracts of a file's functions, proven once per file and shared: callbacks-to-async
// and callbacks-to-then (the calls they await), async-lib (tasks that hand their callback to a
// function of the file), and the plain-parse survey's own caller (see analysis/scan). Each function's
// body is run over its control flow (analysis/callback-flow); a call of another function of the file
// is judged by that function's own contract, recursion included.
import type * as t from "@babel/types";
import {
  DEFERRALS,
  NOT_ERROR_FIRST_FUNCTIONS,
  NOT_ERROR_FIRST_METHODS,
  TIMERS,
  deferralOrTimerCaller,
} from "../knowledge/callback-conventions";
import { callbackContractOf, type ContractVerdict } from "./callback-contract";
import type { ArgumentCaller } from "./callback-flow";
import { coreApiOfCallee, mayCallBackSynchronously } from "./core-api";
import { calleeFacts, type NameIndex } from "./definitions";
import { isErrorFirstCallbackLiteral } from "./error-first";
import { memberText } from "./functions";
import type { ModuleBinding } from "./module-bindings";

export interface ContractIndex {
  /** The contract of a function of the file (its last parameter the callback), proven on first ask. */
  contractOf(fn: t.Function): ContractVerdict;
  /** Whether the contract of `fn` was asked for already. */
  has(fn: t.Function): boolean;
  /** The contract of `fn` if it was proven already (on the file as it was read), without proving it now. */
  known(fn: t.Function): ContractVerdict | undefined;
  /** The function of the file a callee reaches: a module-level function, or a method of a module-level object. */
  definitionOf(callee: t.Node): t.Function | null;
}

/** The file's contracts, over `program` as it was read, with its names and its core module bindings. */
export function contractIndex(
  file: t.File | t.Program,
  names: NameIndex,
  bindings: Map<string, ModuleBinding>,
): ContractIndex {
  const program = file.type === "File" ? file.program : file;
  const proven = new Map<t.Function, ContractVerdict>();
  const definitionOf = (callee: t.Node): t.Function | null => {
    const facts = calleeFacts(callee, [program], names);
    return facts.kind === "function" ? facts.node : null;
  };
  const contractOf = (node: t.Function, proving = new Set<t.Function>()): ContractVerdict => {
    const known = proven.get(node);
    if (known) return known;
    const outermost = proving.size === 0;
    proving.add(node);
    const verdict = callbackContractOf(node, argumentCaller(proving));
    proving.delete(node);
    // A proof that leaned on a contract still being proven holds only if that one holds: keep it only
    // when this is the outermost proof. A refusal stands either way.
    if (outermost || !verdict.ok) proven.set(node, verdict);
    return verdict;
  };

  /**
   * How a call treats a function passed to it, for following a callback through a function's body:
   * deferrals and core APIs call theirs once and later; timers, listeners and iteration do not; a
   * function of the file as its own contract says; any other function taking an error-first callback
   * literal, on trust.
   */
  const argumentCaller = (proving: Set<t.Function>): ArgumentCaller => {
    // (`globalThis.setTimeout = ...`, as fake timers do, patches it for every caller.)
    const patchedGlobal = ["global", "globalThis", "window", "self"].some((name) => names.assigned.has(name));
    const caller: ArgumentCaller = (call, arg, around) => {
      const { callee } = call;
      const text = memberText(callee);
      const isLast = call.arguments[call.arguments.length - 1] === arg;
      // A deferral or timer of the file's own (a local `setImmediate`, a patched `process.nextTick`) is not Node's.
      const base = text?.split(".")[0];
      const ours = base !== undefined && (names.declared.has(base) || names.assigned.has(base) || patchedGlobal);
      if (ours && text && (DEFERRALS.has(text) || TIMERS.has(text))) return "unknown";
      const deferred = text ? deferralOrTimerCaller(text, call, arg, around) : null;
      if (deferred) return deferred;
      const core = coreApiOfCallee(callee, bindings);
      if (core) {
        if (!isLast) return "unknown";
        // `fs.readdir(p, { recursive }, cb)`, `fs.exists(p, cb)` with a path not provably valid: may call back at once.
        return mayCallBackSynchronously(core.api, call.arguments) ? "sync" : "once-later";
      }
      if (
        callee.type === "Identifier"
          ? NOT_ERROR_FIRST_FUNCTIONS.has(callee.name)
          : callee.type === "MemberExpression" &&
            callee.property.type === "Identifier" &&
            NOT_ERROR_FIRST_METHODS.has(callee.property.name)
      )
        return "many";
      if (!isLast || !text) return "unknown";
      const definition = definitionOf(callee);
      if (definition) {
        if (call.arguments.length !== definition.params.length) return "unknown";
        // A function that (directly or not) calls itself: its contract is the one being proven.
        if (proving.has(definition)) return "once-later";
        const contract = contractOf(definition, proving);
        if (!contract.ok) return "unknown";
        return contract.assumed ? "assumed-once" : "once-later";
      }
      return isErrorFirstCallbackLiteral(arg) ? "assumed-once" : "unknown";
    };
    caller.onSuccess = (call) => {
      const core = coreApiOfCallee(call.callee, bindings);
      if (core)
        return core.api.callback === "error-first"
          ? { error: core.api.successError ?? "null", values: core.api.results.length }
          : null;
      const definition = definitionOf(call.callee);
      if (!definition || proving.has(definition)) return null;
      const contract = contractOf(definition, proving);
      return contract.ok && contract.successError ? { error: contract.successError, values: contract.values } : null;
    };
    return caller;
  };

  return {
    contractOf: (fn) => contractOf(fn),
    has: (fn) => proven.has(fn),
    known: (fn) => proven.get(fn),
    definitionOf,
  };
}
