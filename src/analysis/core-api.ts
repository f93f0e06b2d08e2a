// Which Node core API a callee reaches through the file's module-level bindings, and which promise
// form keeps its contract for the arguments at hand. Shared by the transforms that replace core
// callback calls (callbacks-to-async / -then) and the ones that clean up promise wrappers.
import type * as t from "@babel/types";
import { findCallbackApi, type CallbackApi, type TwinNeed } from "../knowledge/node-core";
import { refersToModuleBinding, type ModuleBinding } from "./module-bindings";
import type { NodePath } from "./scopes";
import { isProvablyData, isProvablyPath, isProvablyValidPath, optionProvably, optionProvablyAbsent } from "./values";

export interface CoreTarget {
  api: CallbackApi;
  /** The module's local name, or null when the call goes through a binding of the export itself. */
  namespace: string | null;
  /** The callee as written: `fs.readFile`, or `readFile`. */
  local: string;
  binding: ModuleBinding;
}

/**
 * How the promise is obtained: the fs.promises twin, a promisify, an access check for exists,
 * timers/promises, or a `new Promise` around a function of the file whose callback takes a value.
 */
export type PromiseRoute = "twin" | "promisify" | "exists" | "timer" | "value";

/** The core API a callee names through the module-level bindings: `fs.readFile` or a bound `readFile`. */
export function coreApiOfCallee(callee: t.Node, bindings: Map<string, ModuleBinding>): CoreTarget | null {
  if (callee.type === "Identifier") {
    const binding = bindings.get(callee.name);
    if (!binding?.member) return null;
    const api = findCallbackApi(binding.module, binding.member);
    return api ? { api, namespace: null, local: callee.name, binding } : null;
  }
  if (
    callee.type !== "MemberExpression" ||
    callee.computed ||
    callee.object.type !== "Identifier" ||
    callee.property.type !== "Identifier"
  )
    return null;
  const binding = bindings.get(callee.object.name);
  if (!binding || binding.member !== null) return null;
  const api = findCallbackApi(binding.module, callee.property.name);
  return api ? { api, namespace: callee.object.name, local: `${callee.object.name}.${api.name}`, binding } : null;
}

/** What a caller of a callback API can tell of it: how it calls back, and with what. */
function contractKey(api: CallbackApi): string {
  const { callback, results, successError, valuesOnError, resultsMayBeAbsent, callsBackSynchronously } = api;
  const { resultShapeOption, promiseDiffersWithOption, promisifiedThrowsSynchronously } = api;
  return JSON.stringify([
    callback,
    results,
    successError ?? "null",
    valuesOnError ?? false,
    resultsMayBeAbsent ?? false,
    callsBackSynchronously ?? [],
    resultShapeOption ?? null,
    promiseDiffersWithOption ?? null,
    promisifiedThrowsSynchronously ?? false,
  ]);
}

/**
 * The core API every one of `values` names (`deref ? fs.stat : fs.lstat`), when they all call back
 * alike: the first of them, to stand for all (a call through promisify of whichever it is at the
 * time); null when one is no core API or calls back otherwise.
 */
export function sameCoreApiAmong(values: readonly t.Node[], bindings: Map<string, ModuleBinding>): CallbackApi | null {
  const apis = values.map((value) => coreApiOfCallee(value, bindings)?.api ?? null);
  const [first] = apis;
  if (!first || apis.some((api) => !api || contractKey(api) !== contractKey(first))) return null;
  return first;
}

/**
 * The core API `callee` reaches where `path` is: `fs.readFile` through a module-level binding of the
 * module, or `readFile` through a module-level binding of the export, not shadowed there.
 */
export function coreApiAt(path: NodePath, callee: t.Node, bindings: Map<string, ModuleBinding>): CoreTarget | null {
  const found = coreApiOfCallee(callee, bindings);
  // coreApiOfCallee found the name: the callee itself, or the object of its member.
  const name =
    callee.type === "Identifier"
      ? callee.name
      : callee.type === "MemberExpression" && callee.object.type === "Identifier"
        ? callee.object.name
        : null;
  return found && name !== null && refersToModuleBinding(path, name) ? found : null;
}

/** The core API a call goes to (see coreApiAt). */
export function coreApiOf(path: NodePath<t.CallExpression>, bindings: Map<string, ModuleBinding>): CoreTarget | null {
  return coreApiAt(path, path.node.callee, bindings);
}

/** The callee names something of a core module the table does not know (`fs.watch`, a bound `sign`). */
export function isOtherCoreApi(callee: t.Node, bindings: Map<string, ModuleBinding>): boolean {
  if (callee.type === "Identifier") return Boolean(bindings.get(callee.name)?.member);
  return (
    callee.type === "MemberExpression" &&
    callee.object.type === "Identifier" &&
    bindings.get(callee.object.name)?.member === null
  );
}

/** The promise form of a core API call with these arguments (`call` is where they are). */
export function promiseRoute(
  api: CallbackApi,
  args: readonly (t.Node | null | undefined)[],
  call: NodePath,
): PromiseRoute {
  if (api.callback === "exists-boolean") return "exists";
  if (api.promise.kind !== "twin") return "promisify";
  return (api.twinNeeds ?? []).every((need) => twinNeedMet(need, args[need.index], call)) ? "twin" : "promisify";
}

function twinNeedMet(need: TwinNeed, arg: t.Node | null | undefined, call: NodePath): boolean {
  if ("option" in need) return optionProvably(arg, need.option, need.allowed);
  if (need.kind === "path") return isProvablyPath(arg, call);
  if (need.kind === "data") return isProvablyData(arg, call);
  // An integer the callback API accepts (2.5 or 2 ** 53 throw at once there; the twin opens the file first).
  return !arg || (arg.type === "NumericLiteral" && Number.isSafeInteger(arg.value));
}

/**
 * `callback-may-be-synchronous` when the callback API may call back before it returns with these
 * arguments (fs.exists with a path it cannot validate, readdir with `recursive`):
 * the code after an await would run later. Null when each such argument is provably not so.
 */
export function syncCallbackRefusal(
  api: CallbackApi,
  args: readonly (t.Node | null | undefined)[],
  call: NodePath,
): string | null {
  return mayCallBackSynchronously(api, args, (arg) => isProvablyValidPath(arg, call))
    ? "callback-may-be-synchronous"
    : null;
}

/**
 * Whether the core API may call back before it returns with these arguments (the table's
 * callsBackSynchronously): an option not provably off, a path `validPath` cannot prove valid. Without
 * the call's place (the contract analysis), only a plain string without a NUL byte is a valid path.
 */
export function mayCallBackSynchronously(
  api: CallbackApi,
  args: readonly (t.Node | null | undefined)[],
  validPath: (arg: t.Node | null | undefined) => boolean = (arg) =>
    arg?.type === "StringLiteral" && arg.value !== "" && !arg.value.includes("\0"),
): boolean {
  return (api.callsBackSynchronously ?? []).some((when) =>
    "option" in when ? !optionProvably(args[when.index], when.option, []) : !validPath(args[when.index]),
  );
}

/** Why the promise form of this call would not give what the callback got, judged from its options; or null. */
export function optionRefusal(api: CallbackApi, args: readonly (t.Node | null | undefined)[]): string | null {
  const shape = api.resultShapeOption;
  if (shape && !optionProvablyAbsent(args[shape.index], shape.key)) return "option-changes-result-shape";
  const differs = api.promiseDiffersWithOption;
  if (differs && !optionProvablyAbsent(args[differs.index], differs.key)) return "option-changes-promise-behaviour";
  return null;
}

/**
 * The promise form a call of an error-first core API takes where it is written: its twin when the file
 * reaches the module (`fs.promises.readFile`) and the twin takes these arguments alike and does not
 * check them first (dns's do), else util.promisify.
 */
export function corePromiseRoute(
  target: CoreTarget,
  args: readonly (t.Node | null | undefined)[],
  path: NodePath,
): "twin" | "promisify" {
  return target.namespace !== null &&
    !target.api.twinThrowsSynchronously &&
    promiseRoute(target.api, args, path) === "twin"
    ? "twin"
    : "promisify";
}
