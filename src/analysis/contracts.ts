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
import { calleeFacts, valuesGiven, type NameIndex } from "./definitions";
import { isErrorFirstCallbackLiteral } from "./error-first";
import { droppedByItsCall, isFunctionNode, isReturnedValue, memberText, type ResultIgnored } from "./functions";
import { patternNames } from "./patterns";
import { walkWithAncestors } from "./walk";
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
  /**
   * Whether `call` drops what the function `arg` passed to it returns: Node's own callers (a core API,
   * a timer, a deferral), `forEach`, or a function of the file that only calls that parameter where the
   * result is dropped (in a statement, or returned from a callback of such a call, or from itself when
   * `callDropped`: the call's own result is thrown away), or hands it on to such a call.
   */
  ignoresResult: ResultIgnored;
}

/** The file's contracts, over `program` as it was read, with its names and its core module bindings. */
export function contractIndex(
  file: t.File | t.Program,
  names: NameIndex,
  bindings: Map<string, ModuleBinding>,
): ContractIndex {
  const program = file.type === "File" ? file.program : file;
  const proven = new Map<t.Function, ContractVerdict>();
  // (`globalThis.setTimeout = ...`, as fake timers do, patches it for every caller.)
  const patchedGlobal = ["global", "globalThis", "window", "self"].some((name) => names.assigned.has(name));
  // A deferral or timer of the file's own (a local `setImmediate`, a patched `process.nextTick`) is not Node's.
  const nodesOwn = (text: string | null): text is string => {
    const base = text?.split(".")[0];
    const ours = base !== undefined && (names.declared.has(base) || names.assigned.has(base) || patchedGlobal);
    return !ours && text !== null && (DEFERRALS.has(text) || TIMERS.has(text));
  };
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
    const caller: ArgumentCaller = (call, arg, around) => {
      const { callee } = call;
      const text = memberText(callee);
      const isLast = call.arguments[call.arguments.length - 1] === arg;
      if (text && (DEFERRALS.has(text) || TIMERS.has(text)) && !nodesOwn(text)) return "unknown";
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

  // (A parameter of a function of the file, once judged; one being judged is taken as dropping its result.)
  const droppingParameters = new Map<t.Identifier, boolean>();
  const ignoresResult: ResultIgnored = (call, arg, callDropped) => {
    const index = call.arguments.indexOf(arg as t.Expression);
    if (index === -1) return false;
    // A promise's executor: what it returns goes nowhere.
    if (call.type === "NewExpression")
      return (
        index === 0 &&
        call.callee.type === "Identifier" &&
        call.callee.name === "Promise" &&
        !names.declared.has("Promise")
      );
    const text = memberText(call.callee);
    if (nodesOwn(text)) return index === 0;
    // A core API, or a name every value of which is one (`var stat = deref ? fs.stat : fs.lstat`).
    const given = call.callee.type === "Identifier" ? valuesGiven(call.callee.name, program) : null;
    if (coreApiOfCallee(call.callee, bindings) || given?.every((value) => coreApiOfCallee(value, bindings)))
      return index === call.arguments.length - 1;
    if (call.callee.type === "MemberExpression" && memberText(call.callee.property) === "forEach") return index === 0;
    const definition = definitionOf(call.callee);
    const param = definition?.params[index];
    if (!definition || param?.type !== "Identifier" || definition.async || definition.generator) return false;
    const judged = droppingParameters.get(param);
    if (judged !== undefined) return judged;
    droppingParameters.set(param, true);
    const dropped = parameterResultDropped(definition, param.name, callDropped, ignoresResult);
    droppingParameters.set(param, dropped);
    return dropped;
  };

  return {
    contractOf: (fn) => contractOf(fn),
    has: (fn) => proven.has(fn),
    known: (fn) => proven.get(fn),
    definitionOf,
    ignoresResult,
  };
}

/**
 * Every use of the parameter `name` in `fn` drops what the function it holds returns: called in a
 * statement, returned from a callback of a call that drops it (or from `fn` itself, when `fnDropped`),
 * handed to such a call, or only tested (`typeof cb`, `if (cb)`). A name declared again inside, or
 * assigned to, is not followed.
 */
function parameterResultDropped(
  fn: t.Function,
  name: string,
  fnDropped: boolean,
  ignoresResult: ResultIgnored,
): boolean {
  let dropped = true;
  walkWithAncestors(fn.body, (node: t.Node, outer: readonly t.Node[]) => {
    if (!dropped) return false;
    if (isFunctionNode(node) && (node as t.Function).params.some((p) => patternNames(p).includes(name)))
      dropped = false;
    if (node.type === "VariableDeclarator" && patternNames(node.id).includes(name)) dropped = false;
    if (node.type !== "Identifier" || node.name !== name) return;
    const ancestors = [...outer].reverse();
    const [parent, grandparent] = ancestors;
    if (parent?.type === "MemberExpression" && parent.property === node && !parent.computed) return;
    const isKey =
      (parent?.type === "ObjectProperty" || parent?.type === "ObjectMethod") && parent.key === node && !parent.computed;
    if (isKey && !(parent.type === "ObjectProperty" && parent.value === node)) return;
    if (parent?.type === "UnaryExpression" && parent.operator === "typeof") return;
    if ((parent?.type === "IfStatement" || parent?.type === "ConditionalExpression") && parent.test === node) return;
    if (parent?.type === "CallExpression" && parent.callee === node) {
      if (grandparent?.type === "ExpressionStatement") return;
      if (isReturnedValue(parent, grandparent)) {
        // Returned from `fn` itself: its caller decides; from a callback: the call it is passed to.
        const at = ancestors.findIndex((n) => isFunctionNode(n));
        if (at === -1 ? !fnDropped : droppedByItsCall(ancestors[at], ancestors.slice(at + 1), ignoresResult) !== true)
          dropped = false;
        return;
      }
    }
    // Handed on: the call it goes to decides.
    if (parent?.type === "CallExpression" && parent.arguments.includes(node)) {
      if (!ignoresResult(parent, node, grandparent?.type === "ExpressionStatement")) dropped = false;
      return;
    }
    dropped = false;
  });
  return dropped;
}
