// The callbacks pipeline: error-first callbacks -> `await` of a promise form, pyramids flattened.
// callbacks-to-async is this pipeline; callbacks-to-then runs it with a last step of its own, and
// async-lib runs it on the tasks it writes. Everything below is shared by those three transforms.
//
// A call of a core API from the knowledge table (fs, dns, stream, zlib, crypto, child_process) whose
// callback is a literal (or a named function used once, inlined), or of any other function whose
// callback literal is error-first and checks its error, which ends a function, or stands at module
// level (wrapped in an async IIFE): the function becomes `async`, the call becomes an `await` of the
// promise twin or of util.promisify(api)(...), inside a try/catch around exactly that await when the
// callback handled the error, and the callback's body follows it. Nested calls flatten, one level after
// the other. A function defined in the file is converted only when its body proves it calls back once
// and later; other functions are taken on trust, and the report says so. Everything else is reported
// with a reason and left as it was.
import { declaringScope } from "../analysis/scopes";
import type * as t from "@babel/types";
import type { API, ASTPath, FileInfo } from "jscodeshift";
import { callbackApiRefusal } from "../analysis/callback-api";
import { callbackParameterType } from "../analysis/callback-types";
import { keepCallbackSurface, keepCallbackSurfaceInPlace, returnInsteadOfCallback } from "../rewrite/callback-api";
import { surfacePlaceOf, type SurfacePlace } from "../analysis/callback-surface";
import { fanOutOf, type FanOut } from "../analysis/fan-out";
import { hasMultilineText } from "../analysis/templates";
import { promiseAllFromFanOut } from "../rewrite/fan-out";
import { recursionLoopAt, type RecursionLoop } from "../analysis/recursion-loop";
import { loopFromRecursion } from "../rewrite/recursion-loop";
import {
  countReferences,
  successStatements,
  ERROR_FIRST_TEXT,
  isErrorName,
  isPropertyName,
  errorHandlingOf,
  CAPTURABLE,
  isErrorFirstCallbackLiteral,
  isFunctionLiteral,
  readsErrorOnlyForItsTruth,
  type ErrorHandling,
} from "../analysis/error-first";
import { calleeRefusal, endsItsFunction, returnEndsItsFunction, userCallRefusal } from "../analysis/user-calls";
import { findPaths, someNode, walk } from "../analysis/walk";
import {
  ancestorNodes,
  memberText,
  enclosingFunction,
  functionName,
  functionPosition,
  namesOf,
  functionUse,
  isAccessorOrConstructor,
  isFunctionNode,
  isDeclaredInBlock,
  isPassedOrCalledInPlace,
  mayBeConstructor,
  returnsValue,
  takesCallback,
  usesArguments,
  usesAwaitIdentifier,
  usesEval,
  usesThis,
  type FunctionUse,
} from "../analysis/functions";
import { callbackParameter, type ContractVerdict } from "../analysis/callback-contract";
import { calleeFacts, coreModuleAmong, valuesGiven, type NameIndex } from "../analysis/definitions";
import {
  STATEMENT_LISTS,
  declarationsAndAssignments,
  moduleBindings,
  moduleFunctions,
  refersToModuleBinding,
  requiredModule,
  type ModuleBinding,
  type ModuleFunction,
} from "../analysis/module-bindings";
import { collidingName, renamableInCallback } from "../analysis/names";
import { contractIndex, type ContractIndex } from "../analysis/contracts";
import { patternNames } from "../analysis/patterns";
import {
  coreApiOf,
  sameCoreApiAmong,
  isOtherCoreApi,
  optionRefusal,
  promiseRoute,
  syncCallbackRefusal,
  type CoreTarget,
  type PromiseRoute,
} from "../analysis/core-api";
import { memberFrom, promisifiedCall, twinCall } from "../rewrite/promise-call";
import { surveyCallbacks, type CallbackSurvey } from "../analysis/scan";
import {
  CALLBACK_PARAMETER_NAME,
  CALLBACK_PARAMETER_TEXT,
  DEFERRALS,
  TIMERS,
  userCallbackApi,
  valueCallbackApi,
} from "../knowledge/callback-conventions";
import {
  CALLBACK_API_MODULES,
  CALLBACK_API_NAMES,
  CORE_MODULE_TEXT,
  DELAY_TIMERS,
  findCallbackApi,
  type CallbackApi,
  type DelayTimer,
} from "../knowledge/node-core";
import { forgetPlainAst, plainAst } from "../parse/parser";
import { siteReporter } from "../report/sites";
import type { SiteKind } from "../report/types";
import type { SiteReport } from "../report/sites";
import { printFile, printOptionsFor } from "../rewrite/print";
import { wrapInAsyncIife } from "../rewrite/async-iife";
import { renameBindingsIn } from "../rewrite/rename-binding";
import { droppedComments } from "../rewrite/comments";
import { declarationIndex, inlineNamedCallback, type DeclarationIndex } from "../rewrite/inline-callback";
import { forwardHandedCallback } from "../rewrite/forward-callback";
import { isStableHandedCallback } from "../analysis/handed-callback";
import { indentUnit } from "../rewrite/snippet";
import { makeAsync } from "../rewrite/async-function";
import {
  dropAddedMembers,
  existingModuleMember,
  freeName,
  indexAfterImports,
  moduleMember,
  moduleStyleOf,
  namesInFile,
  programOf,
  utilPromisify,
  type ModuleContext,
} from "../rewrite/module-scope";
import { statementsFrom } from "../rewrite/snippet";
import { buildTailAwait, type ResultBinding } from "../rewrite/tail-await";

/**
 * A cheap text test for the pipeline: false means the file holds no site. A site is an error-first
 * callback literal, a callback passed to a core module's API, or a callback literal passed to a
 * function of the file whose last parameter is named like a callback.
 */
export function mayHoldCallbackSite(source: string): boolean {
  return ERROR_FIRST_TEXT.test(source) || CORE_MODULE_TEXT.test(source) || CALLBACK_PARAMETER_TEXT.test(source);
}

type Verdict = { reason: string } | { plan: Conversion };

interface Conversion {
  call: ASTPath<any>;
  fn: ASTPath<any>;
  api: CallbackApi;
  namespace: string | null;
  local: string;
  user: UserCallee | null;
  timer: DelayTimer | null;
  route: PromiseRoute;
  callback: any;
  handling: Exclude<ErrorHandling, { kind: "unrecognized" }>;
  /** How the file uses the function that becomes async. */
  use: FunctionUse;
  /** TypeScript: the value a value callback gets. */
  valueType?: any;
  /** Names of the callback to rename before its body moves (they mean something else in the function). */
  renames: ReadonlyMap<string, string>;
}

/** A function that is not in the core table, reached by name (`getData`) or as a method (`db.query`). */
interface UserCallee {
  /** The object a method is called on, as written (`db`, `this.db`): promisify keeps it as `this`. */
  receiver: string | null;
  /** A module-level function declaration: promisified once, at module level, under a name of its own. */
  hoisted: string | null;
  /** Its callback contract is taken on trust (defined elsewhere, or calling callbacks it cannot see). */
  assumed: boolean;
  /** The function the call reaches, when the file defines it. */
  definition: any | null;
}

interface CoreCall extends Omit<CoreTarget, "binding"> {
  binding: ModuleBinding | null;
  callback: any;
  /** Set for a function outside the core table. */
  user: UserCallee | null;
  /** Set for a delay timer (its callback comes first, not last). */
  timer: DelayTimer | null;
  /** TypeScript: the value a value callback gets (see callbackParameterType). */
  valueType?: any;
}

/** Where the callback sits among the call's arguments. */
function callbackIndex(found: { timer: DelayTimer | null }, call: ASTPath<any>): number {
  return found.timer ? 0 : call.node.arguments.length - 1;
}

/** The call's arguments other than the callback. */
function otherArguments(found: { timer: DelayTimer | null }, call: ASTPath<any>): any[] {
  const index = callbackIndex(found, call);
  return call.node.arguments.filter((_: any, i: number) => i !== index);
}

/**
 * `setTimeout(() => {...}, ms)` / `setImmediate(() => {...})` of the global timers (no name of the
 * file shadows or assigns them), with a function literal that takes nothing and no extra arguments.
 */
function timerCallOf(path: ASTPath<any>, state: FileState): CoreCall | null {
  const { callee, arguments: args } = path.node;
  if (callee.type !== "Identifier") return null;
  const timer = DELAY_TIMERS.find(({ name }) => name === callee.name);
  if (!timer || state.names.declared.has(timer.name) || state.names.assigned.has(timer.name)) return null;
  const [callback] = args;
  if (
    !isFunctionLiteral(callback) ||
    callback.params.length > 0 ||
    args.length > 1 + timer.delayArguments ||
    hasSpread(args)
  )
    return null;
  return { api: timer.api, namespace: null, local: timer.name, binding: null, callback, user: null, timer };
}

/** What the transform knows about one file while it converts it. */
interface FileState {
  j: API["jscodeshift"];
  root: any;
  bindings: Map<string, ModuleBinding>;
  functions: Map<string, ModuleFunction>;
  context: FileContext;
  /** Function declarations used once, candidates for inlining (see inlinableCallbacks). */
  namedCallbacks: Map<string, { errorFirst: boolean }>;
  /** Where each name of the file is declared, and which are assigned to. */
  names: NameIndex;
  /** Callback contracts of the file's functions, proven on the file as it was read. */
  contracts: ContractIndex;
  /** Functions this run made async (their callers were already judged). */
  madeAsync: WeakSet<object>;
  /** The async functions written around a site at its place (see wrapInAsyncIife). */
  wrappers: WeakSet<object>;
  /** Identifiers this run wrote (`promisify(getData)`): not uses of the function by the file. */
  written: WeakSet<object>;
  /** For each function of the file this run promisified, the promise calls it wrote (`getDataAsync(a)`). */
  promisifiedCalls: Map<any, any[]>;
  /** Names the file calls (`name(...)`), once asked (see mayHoldFunction). */
  calledNames?: Set<string>;
  /** For a name, the core module among the values the file gives it (see coreContractStandIn). */
  coreModules: Map<string, string | null>;
  /** Methods of the file's objects that callers here now reach through `promisify(obj.m).call(obj, ...)`. */
  promisifiedMethods: Set<t.Function>;
  /** Names this run promisified at the call, `promisify(f)(a)`, also on trust (a function it could not find). */
  promisifiedNames: Set<string>;
  /** Pending-counter fan-outs (their `forEach` calls) left alone, with the reason. */
  fanOutRefusals: Map<any, string>;
  /** Calls refused before they are judged, by `line:column` (see CallbackRun.refused). */
  refused: ReadonlyMap<string, string>;
  /** The async functions become promise chains afterwards (callbacks-to-then: CallbackRun.finish). */
  lowered: boolean;
  /** For a function that kept its callback surface, the async twin its body moved to. */
  movedTo: Map<any, any>;
  /** Whether each function this run made async took a callback, judged on its body as read (see takesCallback). */
  tookCallback: Map<any, boolean>;
}

/**
 * A core API call whose last argument is a function literal; or a call of a name every value of which
 * is a core API that calls back alike (`var stat = deref ? fs.stat : fs.lstat`), through promisify of
 * whichever it holds.
 */
function coreCallOf(path: ASTPath<any>, state: FileState): CoreCall | null {
  const args = path.node.arguments;
  const callback = args[args.length - 1];
  if (!isFunctionLiteral(callback)) return null;
  const target = coreApiOf(path, state.bindings);
  if (target) return { ...target, callback, user: null, timer: null };
  const { callee } = path.node;
  // (Only a name the file declares as a variable can hold one: most callees are functions or imports.)
  const declared = callee.type === "Identifier" ? state.names.declared.get(callee.name) : undefined;
  const given =
    declared?.every(({ node }) => node.type === "VariableDeclarator") === true
      ? valuesGiven(callee.name, programOf(state.root))
      : null;
  const api = given?.length ? sameCoreApiAmong(given, state.bindings) : null;
  return api ? { api, namespace: null, local: callee.name, binding: null, callback, user: null, timer: null } : null;
}

/**
 * A call of a function outside the core table whose last argument is an error-first callback literal:
 * what it calls, or why it is not converted. A function of the file must prove its callback contract.
 */
function userCallOf(path: ASTPath<any>, state: FileState): CoreCall | { reason: string } | null {
  const args = path.node.arguments;
  const callback = args[args.length - 1];
  if (!isErrorFirstCallbackLiteral(callback)) return valueCallOf(path, state);
  const { callee } = path.node;
  if (isOtherCoreApi(callee, state.bindings)) return { reason: "unknown-callback-api" };
  const around = ancestorNodes(path);
  const refusal = userCallRefusal(path.node, around);
  if (refusal) return { reason: refusal };
  const text = memberText(callee)!;
  const api = coreContractStandIn(state, callee) ?? userCallbackApi(text);
  const found = { api, namespace: null, local: text, binding: null, callback, timer: null };
  const receiver = callee.type === "Identifier" ? null : memberText(callee.object);
  const facts = calleeFacts(callee, around, state.names);
  if (facts.kind === "ambiguous") return { reason: "callee-binding-ambiguous" };
  // `const run = cp.exec`: a core function under another name, with its own promisify.custom.
  if (callee.type === "Identifier" && aliasesCoreFunction(state, callee.name))
    return { reason: "unknown-callback-api" };
  if (facts.kind === "outside") {
    // A name some of whose values are functions of the file (`var stat = deref ? fs.stat : myStat`):
    // each of those must keep the contract the rest are taken on trust for.
    const refusal = callee.type === "Identifier" ? candidateRefusal(state, callee.name, path.node) : null;
    if (refusal) return { reason: refusal };
    return { ...found, user: { receiver, hoisted: null, assumed: true, definition: null } };
  }
  // The callback must land in the parameter whose contract was proven.
  if (path.node.arguments.length !== facts.node.params.length) return { reason: "argument-count-differs" };
  const contract = contractOf(state, facts.node);
  if (!contract.ok) return { reason: contract.reason };
  // A declaration is hoisted only in CommonJS: in an ES module cycle the module's code may call the
  // function before a module-level `const` of its promisified copy is initialised.
  const hoisted = facts.hoisted && state.context.style === "cjs" ? text : null;
  return { ...found, user: { receiver, hoisted, assumed: contract.assumed, definition: facts.node } };
}

/** Why one of the file's functions among the values of `name` cannot stand behind `call`, if one cannot. */
function candidateRefusal(state: FileState, name: string, call: t.CallExpression): string | null {
  for (const value of valuesGiven(name, programOf(state.root)) ?? []) {
    const definition: t.Function | null = isFunctionNode(value)
      ? (value as t.Function)
      : state.contracts.definitionOf(value);
    if (!definition) continue;
    if (definition.params.length !== call.arguments.length) return "argument-count-differs";
    const contract = contractOf(state, definition);
    if (!contract.ok) return contract.reason;
  }
  return null;
}

/**
 * `getData(a, function (value) { ... })`: a function of the file whose last parameter is named like a
 * callback and whose body proves it calls it once and later, with a callback literal that takes one
 * value (or none) first, not an error: `const value = await new Promise((resolve) => getData(a, resolve))`.
 */
function valueCallOf(path: ASTPath<any>, state: FileState): CoreCall | { reason: string; value: true } | null {
  const { callee, arguments: args } = path.node;
  const callback = args[args.length - 1];
  if (!isFunctionLiteral(callback) || callback.params.length > 1 || callee.type !== "Identifier") return null;
  const around = ancestorNodes(path);
  const facts = unlessScopeFails(() => calleeFacts(callee, around, state.names), { kind: "ambiguous" as const });
  if (facts.kind !== "function") return null;
  const last = facts.node.params[facts.node.params.length - 1];
  if (last?.type !== "Identifier" || !CALLBACK_PARAMETER_NAME.test(last.name)) return null;
  // From here on it is a site; what does not fit is a reason.
  const refusal = calleeRefusal(path.node);
  if (refusal) return { reason: refusal, value: true };
  if (args.length !== facts.node.params.length) return { reason: "argument-count-differs", value: true };
  const contract = contractOf(state, facts.node);
  if (!contract.ok) return { reason: contract.reason, value: true };
  const param = callback.params[0];
  if (param && param.type !== "Identifier") return { reason: "callback-parameter-pattern", value: true };
  let valueType: any = null;
  if (state.context.typescript) {
    // The promise's type is what the function's callback type says it passes: `done: (id: string) => void`.
    valueType = callbackParameterType(
      last.typeAnnotation?.type === "TSTypeAnnotation" ? last.typeAnnotation.typeAnnotation : null,
      0,
    );
    if (!valueType) return { reason: "callback-value-type-unknown", value: true };
    if (valueType === "promise") return { reason: "callback-value-is-a-promise", value: true };
  }
  const api = valueCallbackApi(callee.name, param ? [param.name] : []);
  return {
    api,
    namespace: null,
    local: callee.name,
    binding: null,
    callback,
    timer: null,
    valueType,
    user: { receiver: null, hoisted: null, assumed: contract.assumed, definition: facts.node },
  };
}

/** `name` is declared once, as a core module's function or export (`const run = cp.exec`, `= require('fs').stat`). */
function aliasesCoreFunction(state: FileState, name: string): boolean {
  const declarations = state.names.declared.get(name);
  const init =
    declarations?.length === 1 && declarations[0].node.type === "VariableDeclarator" ? declarations[0].node.init : null;
  if (!init) return false;
  const core = (node: any) => {
    const module = requiredModule(node);
    if (module) return CALLBACK_API_MODULES.has(module);
    return node?.type === "Identifier" && state.bindings.has(node.name);
  };
  return core(init) || (init.type === "MemberExpression" && core(init.object));
}

function contractOf(state: FileState, node: any): ContractVerdict {
  return state.contracts.contractOf(node);
}

/**
 * A call whose callback is a name, a candidate for inlineNamedCallback: of a core API, or of another
 * function with a function declared under that name whose first parameter is named like an error.
 */
function namedCallbackCall(path: ASTPath<any>, state: FileState, forReport = false): boolean {
  const args = path.node.arguments;
  const last = args[args.length - 1];
  if (last?.type !== "Identifier") return false;
  const candidate = state.namedCallbacks.get(last.name);
  if (candidate?.errorFirst) return true;
  // A core call with any named callback (one used more than once, a parameter passed on) is a site to
  // report; a name that holds no function (`fs.chmod(p, mode)`, no callback at all) makes no site.
  if (!candidate && (!forReport || !mayHoldFunction(state, last.name))) return false;
  return unlessScopeFails(() => coreApiOf(path, state.bindings) !== null, false);
}

/** The file calls `name` somewhere, declares a function of that name, or names it like a callback. */
function mayHoldFunction(state: FileState, name: string): boolean {
  if (CALLBACK_PARAMETER_NAME.test(name)) return true;
  if (state.names.declared.get(name)?.some(({ node }) => isFunctionNode(node) && node.id?.name === name)) return true;
  if (!state.calledNames) {
    const called = new Set<string>();
    walk(programOf(state.root), (node: t.Node) => {
      if (node.type === "CallExpression" && node.callee.type === "Identifier") called.add(node.callee.name);
    });
    state.calledNames = called;
  }
  return state.calledNames.has(name);
}

/**
 * Function declarations whose name appears exactly twice in the file (the declaration and one use),
 * the named callbacks that may be inlined, and whether their first parameter is named like an error
 * (only those may be inlined into calls of functions other than core APIs).
 */
function inlinableCallbacks(program: any): Map<string, { errorFirst: boolean }> {
  const declared = new Map<string, { errorFirst: boolean }>();
  walk(program, (node) => {
    if (node.type !== "FunctionDeclaration" || !node.id) return;
    declared.set(node.id.name, {
      errorFirst: node.params[0]?.type === "Identifier" && isErrorName(node.params[0].name),
    });
  });
  if (declared.size === 0) return declared;
  const mentions = new Map<string, number>();
  walk(program, (node) => {
    if (node.type === "Identifier" && declared.has(node.name))
      mentions.set(node.name, (mentions.get(node.name) ?? 0) + 1);
  });
  for (const name of [...declared.keys()]) if (mentions.get(name) !== 2) declared.delete(name);
  return declared;
}

/**
 * Prove the callback contracts of the functions the file's error-first calls reach, on the file as it
 * was read: converting a function's body later changes its shape, not what it does.
 */
function proveContracts(state: FileState): void {
  const { j, root } = state;
  findPaths(j, root, "CallExpression").forEach((call: ASTPath<any>) => {
    const last = call.node.arguments[call.node.arguments.length - 1];
    if (
      isErrorFirstCallbackLiteral(last) ||
      (last?.type === "Identifier" && state.namedCallbacks.get(last.name)?.errorFirst)
    ) {
      unlessScopeFails(() => {
        const facts = calleeFacts(call.node.callee, ancestorNodes(call), state.names);
        if (facts.kind === "function") contractOf(state, facts.node);
      }, null);
    }
    // A function that calls its last parameter may become a callback-API function with a callback
    // surface, which needs its contract as it was read: prove it before any rewrite.
    const callee = call.node.callee;
    if (callee.type !== "Identifier") return;
    // The nearest function with a parameter of that name binds it.
    const fn = ancestorNodes(call).find(
      (node) => isFunctionNode(node) && node.params.some((param: any) => patternNames(param).includes(callee.name)),
    );
    if (
      !fn ||
      callbackParameter(fn)?.name !== callee.name ||
      fn.body?.type !== "BlockStatement" ||
      state.contracts.has(fn)
    )
      return;
    unlessScopeFails(() => contractOf(state, fn), null);
  });
}

function hasSpread(args: any[]): boolean {
  return args.some((arg) => arg.type === "SpreadElement");
}

/** The callback reads a value parameter where it runs on error: in the handler, or anywhere when errors are ignored. */
function valuesReadOnError(callback: any, handling: ErrorHandling): boolean {
  const where =
    handling.kind === "handled-exit"
      ? [...handling.handler, ...(handling.fallsThrough ? (handling.rest ?? []) : [])]
      : callback.body.body;
  return callback.params
    .slice(1)
    .some((param: any) => countReferences({ type: "Program", body: where }, param.name) > 0);
}

/** Why the callback cannot be inlined as it is, if it cannot. */
function callbackRefusal(callback: any, api: CallbackApi, exists: boolean): string | null {
  if (callback.async || callback.generator) return "callback-is-async-or-generator";
  if (callback.params[0]?.type === "Identifier" && callback.params[0].name === "this") return "callback-this-parameter";
  if (callback.params.length > (exists ? 0 : 1) + api.results.length) return "callback-has-extra-parameters";
  if (callback.params.some((param: any) => param.type !== "Identifier")) return "callback-parameter-pattern";
  // An arrow's expression body becomes a statement: its value went back to whoever called the
  // callback, which for an error-first API is no one (Node ignores it; a function of the file calls it last).
  if (callback.body.type !== "BlockStatement" && callback.type !== "ArrowFunctionExpression")
    return "callback-not-a-block";
  if (callback.body.directives?.length) return "callback-has-directive";
  if (usesEval(callback)) return "callback-uses-eval";
  if (callback.type === "FunctionExpression") {
    if (usesThis(callback)) return "callback-uses-this";
    if (usesArguments(callback)) return "callback-uses-arguments";
    if (callback.id) return "callback-is-named";
  }
  const typed = callback.params.slice(exists ? 0 : 1).filter((param: any) => param.typeAnnotation);
  if (typed.length && api.results.length > 1) return "callback-typed-multiple-results";
  return null;
}

/** `(function step(i) { ... })(0);`: called on the spot, its result thrown away, not inside a `try` (which would catch its synchronous throws). */
function isDiscardedIife(fn: ASTPath<any>): boolean {
  const call = fn.parentPath?.node;
  if (
    call?.type !== "CallExpression" ||
    call.callee !== fn.node ||
    fn.parentPath.parentPath?.node.type !== "ExpressionStatement"
  )
    return false;
  const around = ancestorNodes(fn.parentPath);
  const until = around.findIndex(isFunctionNode);
  return !around.slice(0, until === -1 ? undefined : until).some((node) => node.type === "TryStatement");
}

/** Why the function around the call cannot become async, if it cannot. */
function functionRefusal(state: FileState, fn: ASTPath<any>, ours: boolean): string | null {
  const { j, root } = state;
  if (fn.node.generator) return "enclosing-function-is-generator";
  if (fn.node.async && !ours) return "enclosing-function-already-async";
  if (isAccessorOrConstructor(fn.node)) return "enclosing-function-is-accessor-or-constructor";
  if (usesAwaitIdentifier(fn.node)) return "await-used-as-identifier";
  if (ours) return null;
  // A function called on the spot whose result is thrown away (`(function step(i) { ... })(0);`) is no callback.
  if (isPassedOrCalledInPlace(fn) && !isDiscardedIife(fn)) return "enclosing-function-is-a-callback";
  if (isDeclaredInBlock(fn)) return "function-declared-in-block";
  if (mayBeConstructor(j, root, fn)) return "enclosing-function-may-be-constructor";
  const use = functionUse(j, root, fn, state.written, state.contracts.ignoresResult);
  // A value returned to callers that all throw it away is no result; nor is `return cb(x)`, which ends a
  // path by calling back (synchronously, as it still will).
  const last = fn.node.params[fn.node.params.length - 1];
  if (use !== "calls-only" && returnsValue(fn.node, undefined, last?.type === "Identifier" ? last.name : undefined))
    return "enclosing-function-returns-value";
  if (usesEval(fn.node)) return "enclosing-function-uses-eval";
  if (use === "used-as-value") return "function-used-as-value";
  if (use === "called-in-try") return "caller-catches-sync-errors";
  return null;
}

/**
 * What the call returns is `undefined`: an fs API, or a function of the file whose contract (proven on
 * the file as read) says it returns no value of its own.
 */
function callReturnsNothing(state: FileState, found: CoreCall): boolean {
  if (!found.user) return found.api.module === "fs" && found.api.callback !== "value";
  const contract = found.user.definition ? state.contracts.known(found.user.definition) : undefined;
  return contract?.ok === true && !contract.returnsValue;
}

/** Rename each binding of the callback (every reference to it, nested functions included) and refresh the scopes. */
function renameInCallback(call: ASTPath<any>, callback: any, renames: ReadonlyMap<string, string>): void {
  for (const [from, to] of renames) renameBindingsIn(callback, from, to);
  for (let path: any = call; path; path = path.parentPath) path.scope?.scan(true);
  call.node.arguments.forEach((arg: any, index: number) => {
    if (arg === callback) call.get("arguments", index).scope?.scan(true);
  });
}

/**
 * Refusals about the function around a site (it cannot become async, or the site does not end it) that
 * an async function of the site's own, called at its place, leaves behind: the function stays as it is,
 * and the code after the site still runs before the callback's body, as it did.
 */
const WRAPPABLE_IN_FUNCTIONS = new Set([
  "not-in-tail-position",
  // (refusals of the function that a site made async: the site's own function stays as it is)
  "exported-function-keeps-callback",
  "method-callers-not-visible",
  "enclosing-function-is-promisified",
  "enclosing-function-is-a-callback",
  "enclosing-function-returns-value",
  "function-used-as-value",
  "enclosing-function-may-be-constructor",
]);

function mayWrapInFunction(state: FileState, call: ASTPath<any>, reason: string): boolean {
  if (!WRAPPABLE_IN_FUNCTIONS.has(reason)) return false;
  const fn = enclosingFunction(call);
  if (!fn) return false;
  // What the call throws synchronously (a bad argument) would reject the new function instead of reaching
  // a `try` around it: one of the file around the site (through functions called on the spot or passed
  // to `forEach`), or around a call of its function.
  return !insideTry(call) && throwsReachNoCatch(state, fn);
}

/** Array methods that call their function argument before they return. */
const SYNC_ITERATION = new Set(["forEach", "map", "filter", "some", "every", "find", "findIndex", "reduce", "flatMap"]);

/**
 * What `fn` throws synchronously reaches no `try` of code out of sight: a callback of the event loop (a
 * core API's, a deferral's or timer's, another error-first call's), a function only called, by this
 * file, outside any `try`, or a function an array method calls inside one such.
 */
function throwsReachNoCatch(state: FileState, fn: ASTPath, seen = new Set<unknown>()): boolean {
  for (let current: ASTPath | null = fn; current;) {
    // (Past a few functions, or round a cycle, nothing is proven.)
    if (seen.has(current.node) || seen.size > 8) return false;
    seen.add(current.node);
    const holder = current.parent?.node;
    // Called on the spot: its caller's place decides.
    if (holder?.type === "CallExpression" && holder.callee === current.node) {
      if (insideTry(current.parent)) return false;
      current = enclosingFunction(current.parent);
      if (!current) return true;
      continue;
    }
    if (holder?.type !== "CallExpression" || !holder.arguments.includes(current.node)) {
      if (functionUse(state.j, state.root, current, state.written, state.contracts.ignoresResult) !== "calls-only")
        return false;
      // Every call of it: no `try` around it, through anything, and its own function in turn reaches none.
      const name = functionName(current);
      if (!name) return false;
      const calls = findPaths(
        state.j,
        state.root,
        "CallExpression",
        (call: t.CallExpression) => call.callee.type === "Identifier" && call.callee.name === name,
      ).paths();
      for (const call of calls) {
        if (insideTry(call)) return false;
        const caller = enclosingFunction(call);
        if (caller && !throwsReachNoCatch(state, caller, seen)) return false;
      }
      return true;
    }
    const text = memberText(holder.callee);
    const isLast = holder.arguments[holder.arguments.length - 1] === current.node;
    const method = holder.callee.type === "MemberExpression" ? holder.callee.property?.name : null;
    // A promise handler's throw rejects the chain, which code out of sight may handle.
    if (["then", "catch", "finally"].includes(method)) return false;
    if (text && (DEFERRALS.has(text) || TIMERS.has(text))) return true;
    if (isLast && (coreApiOf(current.parent, state.bindings) || isErrorFirstCallbackLiteral(current.node))) return true;
    if (!SYNC_ITERATION.has(method) || insideTry(current.parent)) return false;
    current = enclosingFunction(current.parent);
    if (!current) return true;
  }
  return true;
}

/** `path` is inside the block of a `try`, through any functions around it. */
function insideTry(path: ASTPath): boolean {
  for (let current: ASTPath | null = path; current?.parentPath; current = current.parentPath)
    if (current.parentPath.node.type === "TryStatement" && current.parentPath.node.block === current.node) return true;
  return false;
}

/**
 * `fs.readdir(...)` where the file's `fs` is the core module or a caller's replacement for it
 * (`var fs = opts.fs || require('fs')`): the core API's contract stands for both (what it passes on
 * success and on failure), the call going through promisify of whichever it is, on trust.
 */
function coreContractStandIn(state: FileState, callee: t.Node): CallbackApi | null {
  if (callee.type !== "MemberExpression" || callee.computed || callee.property.type !== "Identifier") return null;
  if (callee.object.type !== "Identifier") return null;
  const name = callee.object.name;
  // (Asked at each call of each pass: what the file gives a name is the file as read, once per name.)
  let module = state.coreModules.get(name);
  if (module === undefined) {
    module = coreModuleAmong(name, programOf(state.root), (candidate) => CALLBACK_API_MODULES.has(candidate));
    state.coreModules.set(name, module);
  }
  const api = module ? findCallbackApi(module, callee.property.name) : undefined;
  return api?.callback === "error-first" ? api : null;
}

/**
 * `this._process(...)`, `glob.m(...)`: a method the file itself defines a function under that name for
 * (`X.prototype.m = function`, a class or object method, `x.m = function`). The call most likely reaches
 * it, but not provably, so its contract is not proven: not a function to take on trust (glob's
 * `_process` calls back synchronously for `glob.sync`).
 */
function methodOfTheFile(state: FileState, callee: t.Node): boolean {
  if (callee.type !== "MemberExpression" || callee.computed || callee.property.type !== "Identifier") return false;
  const name = callee.property.name;
  let found = false;
  walk(programOf(state.root), (node: t.Node) => {
    if (found) return false;
    const key =
      (node.type === "ObjectMethod" || node.type === "ClassMethod" || node.type === "ObjectProperty") &&
      !node.computed &&
      node.key.type === "Identifier"
        ? node.key.name
        : null;
    if (key === name && (node.type !== "ObjectProperty" || isFunctionNode(node.value))) found = true;
    if (
      node.type === "AssignmentExpression" &&
      node.left.type === "MemberExpression" &&
      !node.left.computed &&
      node.left.property.type === "Identifier" &&
      node.left.property.name === name &&
      isFunctionNode(node.right)
    )
      found = true;
  });
  return found;
}

/** What a function of the file passes its callback as the error on success, when its proven contract shows it. */
function userSuccessError(state: FileState, definition: any): "null" | "undefined" | null {
  const contract = definition ? state.contracts.known(definition) : undefined;
  return contract?.ok ? contract.successError : null;
}

/**
 * The callback's error check calls a parameter of the function around the call (`if (err) cb(err);`
 * going on without a return): that calls back twice, and is left for a person.
 */
function passesErrorOn(callback: any, call: ASTPath<any>): boolean {
  const fn = enclosingFunction(call)?.node;
  const names = new Set(
    (fn?.params ?? []).filter((param: any) => param.type === "Identifier").map((param: any) => param.name),
  );
  let found = false;
  walk(callback.body.body[0] ?? {}, (node) => {
    if (node.type === "CallExpression" && node.callee.type === "Identifier" && names.has(node.callee.name))
      found = true;
  });
  return found;
}

function judge(state: FileState, call: ASTPath<any>, found: CoreCall): Verdict {
  const { j, root, madeAsync } = state;
  const refused = state.refused.get(siteKey(call.node));
  // A refusal of the function around the site (it would stay async with its callback) does not stand
  // once the site has an async function of its own.
  if (refused && !state.wrappers.has(enclosingFunction(call)?.node)) return { reason: refused };
  const { api, callback } = found;
  const args = otherArguments(found, call);
  if (hasSpread(call.node.arguments)) return { reason: "spread-arguments" };
  // `f?.(...)` does nothing when f is missing; an await of its promise would fail.
  if (call.node.optional || call.node.type === "OptionalCallExpression") return { reason: "optional-call" };
  const errorFirst = api.callback === "error-first";
  const callbackReason = callbackRefusal(callback, api, !errorFirst);
  if (callbackReason) return { reason: callbackReason };
  // The callback's body moves up a level; recast would re-indent a multi-line template literal's text.
  if (hasMultilineText(callback.body)) return { reason: "multiline-template-moved" };
  // fs.exists never fails: its only parameter is the answer; nor does a timer. A known error-first API's
  // callback with no parameters ignores the error.
  let handling: ErrorHandling = !errorFirst
    ? { kind: "rethrow", check: null }
    : callback.params.length === 0
      ? { kind: "ignored" }
      : errorHandlingOf(callback);
  // A core API calls back with a known error on success, and so does a function of the file whose every
  // call of its callback shows it: any other use of the error can read it from a variable.
  // (A callback that reads its error only for its truth cannot tell which falsy value it got.)
  // (A core API's contract standing in for a caller's replacement says it: `api.module` is set.)
  const successError =
    found.user && !api.module
      ? (userSuccessError(state, found.user.definition) ??
        (readsErrorOnlyForItsTruth(callback) && !methodOfTheFile(state, call.node.callee) ? "null" : null))
      : (api.successError ?? "null");
  if (
    handling.kind === "unrecognized" &&
    errorFirst &&
    successError &&
    CAPTURABLE.has(handling.reason) &&
    (handling.reason !== "error-check-falls-through" || !passesErrorOn(callback, call))
  ) {
    handling = { kind: "captured", successError };
  }
  if (handling.kind === "unrecognized") return { reason: handling.reason };
  const optionReason = optionRefusal(api, args);
  if (optionReason) return { reason: optionReason };
  // exec's callback gets stdout/stderr on error too; after conversion they would be undefined there.
  // (A function of the file whose contract shows its error on success passes no value beside an error.)
  const valuesOnError = api.valuesOnError && !(found.user && userSuccessError(state, found.user.definition));
  if (valuesOnError && handling.kind !== "rethrow" && valuesReadOnError(callback, handling))
    return { reason: "values-used-on-error" };

  const statement = call.parentPath;
  // `return fs.unlink(p, cb)` returns what the call returns, nothing: the function ends there, as it
  // will once the callback's code follows the await.
  const returned = statement?.node.type === "ReturnStatement" && statement.node.argument === call.node;
  if (statement?.node.type !== "ExpressionStatement" && !(returned && callReturnsNothing(state, found)))
    return { reason: "call-result-used" };
  const fn = enclosingFunction(call);
  if (!fn) return { reason: "top-level-code" };
  const around = [statement.node, ...ancestorNodes(statement)];
  if (returned ? !returnEndsItsFunction(around) : !endsItsFunction(around)) return { reason: "not-in-tail-position" };
  // (Not where the async function becomes a promise chain: its lowering takes calls in statements.)
  if (returned && state.lowered) return { reason: "call-result-used" };

  const ours = madeAsync.has(fn.node);
  // A delay alone is no pyramid: a timer converts only inside a function this run makes async anyway.
  if (found.timer && !ours) return { reason: "timer-outside-converted-function" };
  const functionReason = functionRefusal(state, fn, ours);
  if (functionReason) return { reason: functionReason };
  const callbackPath = call.get("arguments", callbackIndex(found, call));
  // A value callback's first parameter is a value, declared in the function like the others.
  // A name the callback brings up that the function already means otherwise is renamed in the callback.
  const renames = new Map<string, string>();
  for (let taken: Set<string> | null = null; ;) {
    const name = collidingName(
      j,
      fn,
      callbackPath,
      handling.kind === "captured" || api.callback === "value",
      new Set(renames.keys()),
    );
    if (!name) break;
    if (!renamableInCallback(callbackPath, name)) return { reason: "name-collision" };
    taken ??= namesInFile(j, root);
    renames.set(name, freeName(name, taken));
  }
  // `new Promise` must be the global one where the call is.
  if ((api.callback === "value" || found.timer) && declaringScope(call, "Promise"))
    return { reason: "helper-name-shadowed" };
  // The twin is reached through the module (`fs.promises`): a lone `readFile` goes through promisify.
  const route = found.timer
    ? "timer"
    : api.callback === "value"
      ? "value"
      : found.namespace === null && api.callback !== "exists-boolean"
        ? "promisify"
        : promiseRoute(api, args, call);
  if (route === "exists" && found.namespace === null) return { reason: "exists-without-module-binding" };
  const syncReason = syncCallbackRefusal(api, args, call);
  if (syncReason) return { reason: syncReason };
  if (helperShadowedAt(state, call, found, route)) return { reason: "helper-name-shadowed" };
  const use = ours ? "calls-only" : functionUse(j, root, fn, state.written, state.contracts.ignoresResult);
  return {
    plan: {
      call,
      fn,
      api,
      namespace: found.namespace,
      local: found.local,
      user: found.user,
      timer: found.timer,
      route,
      callback,
      handling,
      use,
      valueType: found.valueType,
      renames,
    },
  };
}

/**
 * The file's own binding of the helper the new code calls (`promisify`, `util`) is shadowed where the call is (a parameter or local of that name): the new code would call the local.
 */
function helperShadowedAt(state: FileState, call: ASTPath<any>, found: CoreCall, route: PromiseRoute): boolean {
  const needed = route === "promisify" && !found.user?.hoisted ? ["util", "promisify"] : null;
  if (!needed) return false;
  const code = existingModuleMember(state.j, state.context, needed[0], needed[1]);
  return code !== null && !refersToModuleBinding(call, code.split(".")[0]);
}

function risksOf(plan: Conversion, ours: boolean): string[] {
  const risks = ours ? [] : useRisks(plan.use);
  if (plan.handling.kind === "ignored") risks.push("error-was-ignored");
  if (plan.handling.kind === "rethrow" && plan.handling.check) risks.push("throw-becomes-rejection");
  if (
    plan.handling.kind === "handled-exit" &&
    plan.handling.handler.some((statement) => statement.type === "ThrowStatement")
  )
    risks.push("throw-becomes-rejection");
  if (plan.api.valuesOnError && plan.api.module === "child_process") risks.push("error-carries-output");
  if (plan.user?.assumed) risks.push("callback-contract-assumed");
  // `promisify(a.b.m).call(a.b, ...)` reads `a.b` twice (a getter would run twice).
  if (plan.user?.receiver?.includes(".")) risks.push("receiver-read-twice");
  return risks;
}

export interface FileContext extends ModuleContext {
  /** One indentation step in the file's style. */
  indent: string;
  typescript: boolean;
  /** Functions promisified at module level, by name, and the last such declaration. */
  hoisted: Map<string, { local: string; declaration: any }>;
  lastHoisted: any;
}

function promiseCallFor(state: FileState, plan: Conversion, context: FileContext): any {
  const { j } = state;
  const { call, api, namespace, local, route, user, timer } = plan;
  const args = otherArguments(plan, call);
  const member = (...names: string[]) => memberFrom(j, names.join("."));
  if (route === "twin") return twinCall(j, namespace!, api, args);
  if (route === "exists") {
    // fs.exists(p, cb) calls back true when the path is accessible and false on any error.
    const answer = (value: boolean) => j.arrowFunctionExpression([], j.booleanLiteral(value));
    return j.callExpression(
      j.memberExpression(j.callExpression(member(namespace!, "promises", "access"), args), j.identifier("then")),
      [answer(true), answer(false)],
    );
  }
  // A delay: `new Promise((resolve) => setTimeout(resolve, ms))`, the global timer read where the call
  // was (see DELAY_TIMERS). A value callback: `new Promise((resolve) => getData(a, resolve))`, the call
  // made where it was, its callback's value resolving the promise.
  if (timer || route === "value") {
    // `resolve` binds only inside the new arrow: it needs another name only if the call mentions one.
    const mentionsResolve = [plan.call.node.callee, ...args].some(
      (node) =>
        someNode(j, j(node), "Identifier", (id) => id.name === "resolve") ||
        (node.type === "Identifier" && node.name === "resolve"),
    );
    const resolve = j.identifier(mentionsResolve ? freeName("resolve", namesInFile(j, state.root)) : "resolve");
    const callee = j.identifier(local);
    // A timer is the global's; a value callback's function is still called with a callback (`resolve`),
    // a use of it as a callback API that must keep it.
    if (timer) state.written.add(callee);
    const call = timer
      ? j.callExpression(callee, [j.identifier(resolve.name), ...args])
      : j.callExpression(callee, [...args, j.identifier(resolve.name)]);
    const promise = j.newExpression(j.identifier("Promise"), [j.arrowFunctionExpression([resolve], call)]);
    if (context.typescript && (timer || plan.valueType))
      (promise as any).typeParameters = j.tsTypeParameterInstantiation([timer ? j.tsVoidKeyword() : plan.valueType]);
    return promise;
  }
  const promiseCall = userPromiseCall(state, plan, context, args);
  if (user?.definition && !user.receiver) {
    const calls = state.promisifiedCalls.get(user.definition) ?? [];
    state.promisifiedCalls.set(user.definition, [...calls, promiseCall]);
  } else if (user?.definition) state.promisifiedMethods.add(user.definition);
  return promiseCall;
}

/** The promise of a call of a function outside the core table (see promiseCallFor). */
function userPromiseCall(state: FileState, plan: Conversion, context: FileContext, args: any[]): any {
  const { j } = state;
  const { local, user } = plan;
  if (user?.hoisted) return j.callExpression(j.identifier(hoistedPromisified(state, context, user.hoisted)), args);
  // `promisify(fs.open)(...)` at the call: it reads `fs.open` when the call runs, as the callback API
  // did, and has nothing to initialise at module level first (no TDZ, no import-cycle hazard). A method
  // keeps its object as `this`: `promisify(db.query).call(db, ...)`.
  const target = memberFrom(j, local);
  if (target.type === "Identifier") {
    state.written.add(target);
    state.promisifiedNames.add(target.name);
  }
  const call = promisifiedCall(j, context, target, user?.receiver ?? null, args);
  // The method's object, read here and handed over as `this`, is the call's, not a use of the object.
  if (user?.receiver) {
    const rootOf = (node: t.Node | undefined): t.Node | undefined =>
      node?.type === "MemberExpression" ? rootOf(node.object) : node;
    for (const node of [rootOf(target), rootOf(call.arguments[0])])
      if (node?.type === "Identifier") state.written.add(node);
  }
  return call;
}

/**
 * The name of `const getDataAsync = promisify(getData);`, added once per function after the imports.
 * Only for a module-level function declaration the file never reassigns: it exists before any code of
 * the module runs, so the promisified copy made there is the function every call would have reached.
 */
function hoistedPromisified(state: FileState, context: FileContext, name: string): string {
  const known = context.hoisted.get(name);
  if (known) return known.local;
  const promisify = utilPromisify(state.j, context);
  const local = freeName(`${name}Async`, namesInFile(state.j, state.root));
  const [declaration] = statementsFrom(state.j, `const ${local} = ${promisify}(${name});`);
  walk(declaration, (node) => void (node.type === "Identifier" && node.name === name && state.written.add(node)));
  const body = programOf(state.root).body;
  const previous = context.lastHoisted ? body.indexOf(context.lastHoisted) : -1;
  body.splice(previous === -1 ? indexAfterImports(body) : previous + 1, 0, declaration);
  context.hoisted.set(name, { local, declaration });
  context.lastHoisted = declaration;
  return local;
}

/** The callback's value parameters, with the key of the promise's result object when it yields several. */
function resultBindings(j: API["jscodeshift"], plan: Conversion): ResultBinding[] {
  const { api, callback, route } = plan;
  const values = callback.params.slice(route === "exists" || route === "value" ? 0 : 1);
  return values.map((param: any, index: number) => ({
    name: param.name,
    key: api.results.length > 1 ? api.results[index] : null,
    // `(n?: number)`: the value may be undefined, which the declaration must say.
    ...(param.typeAnnotation
      ? {
          type: param.optional
            ? `: ${j(param.typeAnnotation.typeAnnotation).toSource()} | undefined`
            : j(param.typeAnnotation).toSource(),
        }
      : {}),
  }));
}

function convert(state: FileState, plan: Conversion, context: FileContext): void {
  const { j } = state;
  const { call, fn, callback, handling } = plan;
  if (callback.body.type !== "BlockStatement") callback.body = j.blockStatement([j.expressionStatement(callback.body)]);
  if (plan.renames.size) renameInCallback(call, callback, plan.renames);
  noteCallbackParameter(state, fn.node);
  const body: any[] = callback.body.body;
  const rest = successStatements(handling, body);
  const handler = handling.kind === "handled-exit" ? handling.handler : [];
  const statement = call.parentPath;
  const comments = droppedComments(statement.node, new Set([...rest, ...handler, ...otherArguments(plan, call)]));
  const statements = buildTailAwait(j, {
    promiseCall: promiseCallFor(state, plan, context),
    results: resultBindings(j, plan),
    errorName: callback.params[0]?.name ?? "err",
    handling,
    rest,
    typedCatch: context.typescript,
    indent: context.indent,
  });
  // New nodes come from snippets with their own source lines: moved comments keep their text, not
  // their old positions (recast would look them up in the wrong lines), and go before the new code.
  const asLeading = (list: any[]) =>
    list.map(({ type, value }: any) => ({ type, value, leading: true, trailing: false }));
  const own = statement.node.comments ?? [];
  const inner = comments.filter((comment) => !own.includes(comment));
  const tryStatement = statements.find((node) => node.type === "TryStatement") ?? statements[0];
  if (inner.length) tryStatement.comments = [...asLeading(inner), ...(tryStatement.comments ?? [])];
  if (own.length) statements[0].comments = [...asLeading(own), ...(statements[0].comments ?? [])];
  // A `return` not at the end of its function still ends it there, after the callback's code.
  if (statement.node.type === "ReturnStatement" && !endsItsFunction([statement.node, ...ancestorNodes(statement)]))
    statements.push(j.returnStatement(null));
  // (A branch of an `if` without braces, or a loop's body, takes the statements in a block.)
  if (!STATEMENT_LISTS.has(statement.parent?.node.type)) statement.replace(j.blockStatement(statements));
  else statement.replace(...statements);
  makeAsync(j, fn.node);
  // ast-types computed the scopes before the move: rescan them, or later lookups miss the moved names.
  for (let path: any = fn; path; path = path.parentPath) path.scope?.scan(true);
}

/** Whether `fn` takes a callback, judged once, before this run first rewrites its body (a flattened body passes other names last). */
function noteCallbackParameter(state: FileState, fn: any): void {
  if (!state.tookCallback.has(fn)) state.tookCallback.set(fn, takesCallback(fn));
}

/** What a conversion awaits through promisify: a function of the file, or one promisified by its name (see promiseCallFor). */
function promisifiedBy(plan: Conversion): Promisified | null {
  const { user, route, local } = plan;
  if (!user || route === "value") return null;
  return { definition: user.definition, name: user.receiver ? null : local };
}

/** The path still leads to its node: no conversion moved the node or one around it. */
function isCurrentPath(path: ASTPath<any>): boolean {
  for (let current: any = path; current.parentPath; current = current.parentPath) {
    if (current.parentPath.value?.[current.name] !== current.value) return false;
  }
  return true;
}

/** References to the function's name other than its declaration and the calls this run wrote. */
function otherUses(state: FileState, definition: ASTPath<any>, name: string): boolean {
  const declarationId = definition.node.id ?? definition.parentPath?.node?.id;
  // A plain walk: this runs for every function the run flattened.
  let found = false;
  walk(programOf(state.root), (node, parent) => {
    if (found) return false;
    if (
      (node.type === "Identifier" || node.type === "JSXIdentifier") &&
      node.name === name &&
      node !== declarationId &&
      !state.written.has(node) &&
      !isPropertyName(node, parent)
    )
      found = true;
  });
  return found;
}

/** The callers this run wrote, `promisify(f)(a)`, that pass exactly the arguments before the callback. */
function matchingCalls(definition: any, promiseCalls: any[]): boolean {
  const arity = definition.params.length - 1;
  return promiseCalls.every((call) => call.arguments.length === arity && !hasSpread(call.arguments));
}

/**
 * How a function this run flattened, whose last parameter is its callback, can return and throw instead:
 * "return" when its only callers are the ones this run made await it; "surface" when something else
 * (an export, a caller that still passes a callback) needs the callback form, kept as a wrapper; or why
 * neither holds. Null when it is no callback-API function worth a word.
 */
type CallbackApiPlan =
  | { mode: "return"; name: string }
  | { mode: "surface"; name: string; place: SurfacePlace }
  | { mode: "inline"; name: null }
  | { reason: string };

/** Why a function's body cannot move into an async twin beside it; its callback surface then keeps the body, in an async arrow (see keepCallbackSurfaceInPlace). */
const BODY_STAYS = new Set([
  "method-keeps-callback",
  "function-uses-this",
  "parameters-not-simple",
  "function-refers-to-own-name",
  "function-has-no-name",
  "function-not-defined-by-a-statement",
]);

function callbackApiPlan(state: FileState, definition: ASTPath<any>, promiseCalls: any[]): CallbackApiPlan | null {
  const node = definition.node;
  const shape = callbackApiRefusal(node);
  // A flattened function whose callback is no error-first one (`done(contents)`) is no site.
  if (shape) return promiseCalls.length ? { reason: shape } : null;
  const name = functionName(definition);
  // Only a function every caller reaches by name can lose its callback (`module.exports = function f`
  // is called from elsewhere, with one, though nothing here names it).
  const reachedByName = ["named", "called-at-once"].includes(functionPosition(definition));
  if (name && reachedByName && !otherUses(state, definition, name) && !isExportedDeclaration(definition)) {
    if (!promiseCalls.length) return null;
    if (node.returnType || node.typeParameters) return { reason: "function-has-type-annotations" };
    if (!matchingCalls(node, promiseCalls)) return { reason: "callers-pass-other-arguments" };
    return { mode: "return", name };
  }
  // The wrapper calls back on a later tick: only right when the function never called back synchronously.
  const contract = state.contracts.known(node);
  if (!contract?.ok) return { reason: contract?.reason ?? "callback-contract-not-proven" };
  const place = surfacePlaceOf(definition, state.context.typescript);
  if ("reason" in place && !BODY_STAYS.has(place.reason)) return place;
  // The body moves into a function declared beside the statement, or an arrow a level deeper.
  if (hasMultilineText(node.body)) return { reason: "multiline-template-moved" };
  // callbackify calls back `(null, value)`: a `cb()` or `cb(undefined, x)` used to pass no error as undefined.
  if (!valueCallsPassNull(node)) return { reason: "callback-called-without-null" };
  // The file's own `callbackify` (or `util`) may be shadowed at the function; one this run added has a free name.
  const existing = existingModuleMember(state.j, state.context, "util", "callbackify");
  const added = state.context.added?.get("util")?.members.some(({ member }) => member === "callbackify");
  if (existing && !added && !refersToModuleBinding(definition, existing.split(".")[0]))
    return { reason: "helper-name-shadowed" };
  return "reason" in place ? { mode: "inline", name: null } : { mode: "surface", name: place.name, place };
}

/** `export function f`, `export default function f`, `export const f = ...`: other modules call it. */
function isExportedDeclaration(definition: ASTPath<any>): boolean {
  return ancestorNodes(definition)
    .slice(0, 3)
    .some((node) => node.type === "ExportNamedDeclaration" || node.type === "ExportDefaultDeclaration");
}

/** Every call of the (flattened) function's callback that passes a value passes `null` as its error. */
function valueCallsPassNull(fn: any): boolean {
  const name = callbackParameter(fn).name;
  let ok = true;
  walk(fn.body, (node) => {
    if (node.type !== "CallExpression" || node.callee.type !== "Identifier" || node.callee.name !== name) return;
    const [first] = node.arguments;
    if (first?.type !== "NullLiteral" && first?.type !== "NewExpression" && first?.type !== "Identifier") ok = false;
    if (first?.type === "Identifier" && first.name === "undefined") ok = false;
  });
  return ok;
}

/**
 * The file's functions that this run flattened and whose callback calls only end them: they return and
 * throw instead. Callers this run made await their promisified form await them directly; when other
 * code still needs the callback, the function stays as a callbackify wrapper of an async twin.
 * Also says which flattened functions keep their callback (keptCallback), and which of those callers
 * here now reach through promisify (promisifiedAsync).
 */
function returnInsteadOfCallbacks(
  state: FileState,
  context: FileContext,
  report: ReturnType<typeof siteReporter>,
): { surfaced: Set<any>; promisifiedAsync: Map<any, string[]>; keptCallback: Set<any> } {
  const { j, root } = state;
  const surfaced = new Set<any>();
  // Each with the names code reaches it by (promisify may have been written of a name).
  const promisifiedAsync = new Map<any, string[]>();
  const keptCallback = new Set<any>();
  let changed = false;
  const flattened = findPaths(j, root, "Function")
    .filter((path: ASTPath<any>) => state.madeAsync.has(path.node))
    .paths();
  for (const definition of flattened) {
    const node = definition.node;
    const promiseCalls = state.promisifiedCalls.get(node) ?? [];
    const plan = callbackApiPlan(state, definition, promiseCalls);
    if (!plan || "reason" in plan) {
      if (
        promiseCalls.length ||
        state.promisifiedMethods.has(node) ||
        namesOf(definition).some((name) => state.promisifiedNames.has(name))
      )
        promisifiedAsync.set(node, namesOf(definition));
      if (plan || state.tookCallback.get(node)) keptCallback.add(node);
      if (plan) report(node, { kind: "callback-api", reason: plan.reason });
      continue;
    }
    const contract = state.contracts.known(node);
    const assumed = contract?.ok === true && contract.assumed ? ["callback-contract-assumed"] : [];
    const retarget = plan.mode !== "inline" && matchingCalls(node, promiseCalls);
    const hoisted =
      plan.name !== null && (plan.mode === "return" || retarget) ? context.hoisted.get(plan.name) : undefined;
    if (hoisted && plan.name) {
      const body = programOf(root).body;
      body.splice(body.indexOf(hoisted.declaration), 1);
      context.hoisted.delete(plan.name);
    }
    if (plan.mode === "return") {
      returnInsteadOfCallback(j, definition);
      for (const call of promiseCalls) call.callee = j.identifier(plan.name);
    } else if (plan.mode === "inline") {
      // Callers here that await promisify of it keep doing so: it is a callback API again.
      state.movedTo.set(
        node,
        keepCallbackSurfaceInPlace(j, definition, moduleMember(j, context, "util", "callbackify"), context.typescript),
      );
      surfaced.add(node);
    } else {
      // The promisified callers' name for it, when it had one, now names the async twin itself.
      const asyncName = hoisted?.local ?? freeName(`${plan.name}Async`, namesInFile(j, root));
      state.movedTo.set(
        node,
        keepCallbackSurface(
          j,
          definition,
          plan.place.statement,
          asyncName,
          moduleMember(j, context, "util", "callbackify"),
          context.typescript,
        ),
      );
      if (retarget) for (const call of promiseCalls) call.callee = j.identifier(asyncName);
      surfaced.add(node);
    }
    report(node, {
      kind: "callback-api",
      risks: ["throw-reaches-caller", ...(plan.mode !== "return" ? ["callback-surface-kept"] : []), ...assumed],
    });
    changed = true;
  }
  if (changed) removeUnusedImports(state, context);
  return { surfaced, promisifiedAsync, keptCallback };
}

/** Imports this run added that nothing uses any more (a promisify whose calls went away). */
function removeUnusedImports(state: FileState, context: FileContext): void {
  const { j, root } = state;
  const count = (scope: any, name: string) => findPaths(j, scope, "Identifier", (node) => node.name === name).size();
  dropAddedMembers(j, context, (statement, local) => count(root, local) > count(j(statement), local));
}

/** ast-types' scope analysis throws on some valid code (names inside a `catch {}` that binds nothing): such a site gets `fallback`. */
function unlessScopeFails<T>(work: () => T, fallback: T): T {
  try {
    return work();
  } catch {
    return fallback;
  }
}

const judgeSafely = (state: FileState, call: ASTPath<any>, found: CoreCall): Verdict =>
  unlessScopeFails<Verdict>(() => judge(state, call, found), { reason: "scope-analysis-failed" });

const inlineNamedCallbackSafely = (j: API["jscodeshift"], root: any, call: ASTPath<any>, index?: DeclarationIndex) =>
  unlessScopeFails(() => inlineNamedCallback(j, root, call, index), null);

/**
 * A core call whose callback is a name that cannot be inlined (the caller's `cb`, a function used
 * twice): a literal forwarding to it takes its place (see forwardHandedCallback), when the name holds
 * the same function until the API calls back and the API passes no values with an error.
 */
function forwardHandedCallbackSafely(state: FileState, call: ASTPath<t.CallExpression>): { undo: () => void } | null {
  const args = call.node.arguments;
  const last = args[args.length - 1];
  if (last?.type !== "Identifier") return null;
  return unlessScopeFails(() => {
    const core = coreApiOf(call, state.bindings);
    const api = core?.api;
    // (The literal passes the values the table names: only right when the API always passes them.)
    if (
      !api ||
      api.callback !== "error-first" ||
      api.valuesOnError ||
      api.resultsMayBeAbsent ||
      (api.successError ?? "null") !== "null"
    )
      return null;
    if (!isStableHandedCallback(call, last.name)) return null;
    return forwardHandedCallback(state.j, call, api.results);
  }, null);
}

/** The call's named callback as a literal: its declaration moved in, or a literal forwarding to it. */
function namedCallbackAsLiteral(
  state: FileState,
  call: ASTPath<t.CallExpression>,
  index?: DeclarationIndex,
): { undo: () => void } | null {
  const inlined = namedCallbackCall(call, state) ? inlineNamedCallbackSafely(state.j, state.root, call, index) : null;
  return inlined ?? forwardHandedCallbackSafely(state, call);
}

/** The call's core API or other error-first function, or why it is not converted, or null when it is not a site. */
const callbackCallSafely = (path: ASTPath<any>, state: FileState) =>
  unlessScopeFails<CoreCall | { reason: string } | null>(
    () => coreCallOf(path, state) ?? userCallOf(path, state) ?? timerCallOf(path, state),
    { reason: "scope-analysis-failed" },
  );

/** `use`: how the file used the function the site made async, when this run first made it so. */
type ConvertedSite = {
  node: any;
  fn: any;
  kind: SiteKind;
  risks: string[];
  use: FunctionUse;
  promisifies?: Promisified | null;
};

/** The function of the file (by its definition) or the name a site's await goes through promisify of. */
type Promisified = { definition: any | null; name: string | null };

/** What callers of a function made async see that the report must say: other modules', or callers out of sight. */
function useRisks(use: FunctionUse): string[] {
  return use === "exported"
    ? ["exported-function-now-async"]
    : use === "untracked"
      ? ["function-now-returns-promise"]
      : [];
}

/** A module-level call moves into an async arrow, a level deeper: not with a template literal spanning lines. */
function withoutMovingTemplates(call: ASTPath<any>, verdict: Verdict): Verdict {
  return "reason" in verdict && verdict.reason === "top-level-code" && hasMultilineText(call.parentPath.node)
    ? { reason: "multiline-template-moved" }
    : verdict;
}

/**
 * Loops written as recursion whose step this run flattened (see analysis/recursion-loop): the step's
 * body runs in a `for (;;)` where the first call was, in the function around it, which becomes async.
 */
function loopsFromRecursion(
  state: FileState,
  converted: ConvertedSite[],
  report: ReturnType<typeof siteReporter>,
): void {
  const { j, root } = state;
  findPaths(j, root, "Function").forEach((outer: ASTPath<any>) => {
    const body = outer.node.body;
    if (body?.type !== "BlockStatement") return;
    const start = body.body[body.body.length - 1];
    const found = recursionLoopAt(outer.node, start);
    if (!found) return;
    if ("step" in found && !state.madeAsync.has(found.step)) return;
    const ours = state.madeAsync.has(outer.node);
    const refusal =
      "reason" in found
        ? found.reason
        : hasMultilineText(found.step.body)
          ? "multiline-template-moved"
          : unlessScopeFails(() => functionRefusal(state, outer, ours), "scope-analysis-failed");
    if (refusal) return void report(start.expression, { kind: "error-first-callback", reason: refusal });
    const use = ours ? "calls-only" : functionUse(j, root, outer, state.written, state.contracts.ignoresResult);
    noteCallbackParameter(state, outer.node);
    loopFromRecursion(j, body.body, found as RecursionLoop, namesInFile(j, root));
    makeAsync(j, outer.node);
    state.madeAsync.add(outer.node);
    converted.push({ node: start.expression, fn: outer.node, kind: "error-first-callback", risks: useRisks(use), use });
  });
}

/** The fan-out a `forEach` call ends its function with (see analysis/fan-out), not yet tried. */
function fanOutAt(state: FileState, call: ASTPath<any>): { fn: ASTPath<any>; fanOut: FanOut } | null {
  const callee = call.node.callee;
  if (
    callee.type !== "MemberExpression" ||
    callee.property.type !== "Identifier" ||
    callee.property.name !== "forEach" ||
    state.fanOutRefusals.has(call.node)
  )
    return null;
  const fn = enclosingFunction(call);
  const body = fn?.node.body;
  if (!fn || body?.type !== "BlockStatement" || body.body[body.body.length - 1] !== call.parentPath.node) return null;
  const found = fanOutOf(fn.node);
  if (!found) return null;
  if ("reason" in found) {
    state.fanOutRefusals.set(call.node, found.reason);
    return null;
  }
  return { fn, fanOut: found };
}

/**
 * Rewrite the fan-out to `await Promise.all(list.map(async function (item, i) { ... }))` and convert
 * the step's call in it, or undo and say why not.
 */
function convertFanOut(
  state: FileState,
  loop: ASTPath<any>,
  { fn, fanOut }: { fn: ASTPath<any>; fanOut: FanOut },
  converted: ConvertedSite[],
): string | null {
  const { j, context } = state;
  const ours = state.madeAsync.has(fn.node);
  const refusal = functionRefusal(state, fn, ours);
  if (refusal) return refusal;
  if (hasMultilineText(fanOut.loop)) return "multiline-template-moved";
  const use = ours ? "calls-only" : functionUse(j, state.root, fn, state.written, state.contracts.ignoresResult);
  noteCallbackParameter(state, fn.node);
  const rewrite = promiseAllFromFanOut(j, fn.node, fanOut, { indent: context.indent, typedCatch: context.typescript });
  state.madeAsync.add(fanOut.iteratee);
  try {
    for (let path: any = fn; path; path = path.parentPath) path.scope?.scan(true);
  } catch (error) {
    // A scope ast-types cannot rebuild (a binding-less `catch {}` around it): refused, and put back,
    // or the half-written fan-out would be printed with the file's other conversions.
    rewrite.undo();
    state.madeAsync.delete(fanOut.iteratee);
    throw error;
  }
  const step = findPaths(j, j(fn), "CallExpression")
    .filter((path: ASTPath<any>) => path.node === fanOut.call)
    .paths()[0];
  const found = step ? callbackCallSafely(step, state) : null;
  const verdict: Verdict = !found
    ? { reason: "fan-out-step-not-a-callback-call" }
    : "reason" in found
      ? found
      : judgeSafely(state, step, found);
  if ("reason" in verdict) {
    rewrite.undo();
    state.madeAsync.delete(fanOut.iteratee);
    for (let path: any = fn; path; path = path.parentPath) path.scope?.scan(true);
    return verdict.reason;
  }
  // The step's own `if (err) throw err` is the fan-out's, written here: no risk of the original code.
  const stepRisks = risksOf(verdict.plan, true).filter((risk) => risk !== "throw-becomes-rejection");
  converted.push({
    node: step!.node,
    fn: fanOut.iteratee,
    kind: "error-first-callback",
    risks: stepRisks,
    use: "calls-only",
    promisifies: promisifiedBy(verdict.plan),
  });
  convert(state, verdict.plan, context);
  state.madeAsync.add(fn.node);
  const risks = [
    ...useRisks(use),
    ...(fanOut.laterErrorsDropped ? ["later-errors-dropped"] : []),
    ...(fanOut.storesMayThrow ? ["throw-reaches-caller"] : []),
  ];
  converted.push({ node: loop.node, fn: fn.node, kind: "error-first-callback", risks, use });
  return null;
}

/** Where a call stands in the file as read, the key of CallbackRun.refused. */
export function siteKey(node: any): string {
  return node.loc ? `${node.loc.start.line}:${node.loc.start.column}` : "";
}

/**
 * What differs between callbacks-to-async and callbacks-to-then: everything else (finding the sites,
 * judging them, the refusals and their reasons, the rewrite to awaits) is this one pipeline.
 */
export interface CallbackRun {
  /** The transform's name, in its reports. */
  transform: string;
  /** Recursion written as a `for (;;)` around an await: only where awaits are the output. */
  loops: boolean;
  /** Calls refused before they are judged, by siteKey, with the reason (a rerun after `finish` failed). */
  refused: ReadonlyMap<string, string>;
  /** Risk codes said otherwise in this style's reports (no function becomes `async` in a chain). */
  riskNames?: Readonly<Record<string, string>>;
  /**
   * A last rewrite of the async functions this run wrote (`ours`), before the file is printed: returns
   * the ones it could not rewrite, with why. Their sites are then refused on a rerun.
   */
  finish?: (j: API["jscodeshift"], root: any, ours: any[], context: FileContext) => Map<any, string>;
}

export type CallbackRunResult = { source: string } | { refuse: Map<string, string> };

/** The conversion goes again at most this many times, each with more sites refused. */
const ATTEMPTS = 5;

/**
 * The pipeline, again with the sites an attempt refused (a run that ends `{ refuse }`), until one stands;
 * the file as it was when none does.
 */
export function convertWithRefusals(
  file: FileInfo,
  api: API,
  runWith: (refused: ReadonlyMap<string, string>) => CallbackRun,
): string {
  let refused: ReadonlyMap<string, string> = new Map();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const result = convertCallbacks(file, api, runWith(refused));
    if ("source" in result) return result.source;
    // No new site to refuse: nothing more can be tried.
    if (result.refuse.size === refused.size) break;
    refused = result.refuse;
  }
  return file.source;
}

/** The shared pipeline (see CallbackRun). Reports are made only when the run stands. */
export function convertCallbacks(file: FileInfo, api: API, run: CallbackRun): CallbackRunResult {
  // Most files have nothing to convert: find that out from a plain parse, and pay for recast only when
  // the file calls a core API or passes an error-first callback literal.
  if (!mayHoldCallbackSite(file.source)) return { source: file.source };
  const pending: [any, SiteReport][] = [];
  let reporter = siteReporter(api, run.transform, file.source);
  const report = (node: any, site: SiteReport) => void pending.push([node, site]);
  const flush = () => {
    for (const [node, site] of pending)
      reporter(node, { ...site, risks: site.risks?.map((risk) => run.riskNames?.[risk] ?? risk) });
  };
  let survey: CallbackSurvey | null = null;
  try {
    survey = surveyCallbacks(plainAst(file.path || "file.js", file.source), CALLBACK_API_MODULES, CALLBACK_API_NAMES);
  } catch {
    // The plain parse uses the extension's parser; jscodeshift's own parser may still read the file.
  }
  if (survey && survey.coreCalls === 0 && survey.errorFirstCalls.every(({ reason }) => reason !== null)) {
    for (const { line, column, reason, value } of survey.errorFirstCalls)
      report(
        { loc: { start: { line, column } } },
        { kind: value ? "callback-api" : "error-first-callback", reason: reason! },
      );
    flush();
    return { source: file.source };
  }
  const j = api.jscodeshift;
  // recast must read with the tab width it will print with, or it re-indents code it did not touch.
  const style = printOptionsFor(file.source);
  // Most files that reach here convert nothing either: the whole pipeline runs first on the plain parse
  // (several times cheaper than recast's), and stops at the first site it would convert. Only then is
  // the file read with recast and converted. A rerun with refusals (keyed by recast's columns) skips it.
  if (run.refused.size === 0) {
    let plain: any = null;
    try {
      plain = plainAst(file.path || "file.js", file.source);
    } catch {
      // jscodeshift's own parser may still read the file.
    }
    if (plain) {
      reporter = siteReporter(api, run.transform, file.source);
      try {
        const dry = convertTree(file, j, j(plain), run, style, report, true);
        // A fan-out that was tried may not have been put back (a refusal from a scope failure half-way):
        // then the plain tree is no longer the file as read, and nobody else may read it.
        if (dry.fanOutTried) forgetPlainAst();
        flush();
        return dry.result;
      } catch (error) {
        if (!(error instanceof WouldConvert)) throw error;
        // A dry pass that changed the plain tree before it stopped: nobody may read that tree again.
        if (error.treeChanged) forgetPlainAst();
        pending.length = 0;
      }
    }
  }
  const root = j(file.source, { tabWidth: style.tabWidth });
  reporter = siteReporter(api, run.transform, file.source, style.tabWidth);
  const { result } = convertTree(file, j, root, run, style, report, false);
  if ("source" in result) flush();
  return result;
}

/** Thrown by a dry pass (on the plain parse) where it would convert a site; says whether it left the tree changed. */
class WouldConvert extends Error {
  constructor(readonly treeChanged: boolean) {
    super("would convert");
  }
}

/**
 * The pipeline on one tree. `dry`: the tree is the plain parse, which cannot be printed; the pass
 * throws WouldConvert where it would convert a site, so it returns only when nothing converts; it also
 * says whether it tried a fan-out (which a scope failure half-way may leave written).
 */
function convertTree(
  file: FileInfo,
  j: API["jscodeshift"],
  root: any,
  run: CallbackRun,
  style: ReturnType<typeof printOptionsFor>,
  report: (node: any, site: SiteReport) => void,
  dry: boolean,
): { result: CallbackRunResult; fanOutTried: boolean } {
  let fanOutTried = false;
  // The async functions of the file as read: any other async function at the end is one this run wrote.
  const asyncAsRead = new WeakSet<object>(
    findPaths(j, root, "Function")
      .filter((path: ASTPath<any>) => path.node.async)
      .nodes(),
  );
  const program = root.get().node;
  const context: FileContext = {
    root,
    style: moduleStyleOf(j, root, file.path ?? ""),
    indent: indentUnit(style),
    quote: style.quote === "single" ? "'" : '"',
    typescript: /\.[cm]?tsx?$/i.test(file.path ?? ""),
    hoisted: new Map(),
    lastHoisted: null,
  };
  const bindings = moduleBindings(j, root, CALLBACK_API_MODULES);
  const names = declarationsAndAssignments(program, null);
  const state: FileState = {
    j,
    root,
    context,
    bindings,
    functions: moduleFunctions(program),
    names,
    namedCallbacks: inlinableCallbacks(program),
    contracts: contractIndex(program, names, bindings),
    madeAsync: new WeakSet(),
    wrappers: new WeakSet(),
    written: new WeakSet(),
    promisifiedCalls: new Map(),
    promisifiedMethods: new Set(),
    coreModules: new Map(),
    promisifiedNames: new Set(),
    fanOutRefusals: new Map(),
    refused: run.refused,
    lowered: run.finish !== undefined,
    movedTo: new Map(),
    tookCallback: new Map(),
  };

  proveContracts(state);
  let changed = false;
  // A dry pass puts back every change it tries, so one index of the names serves all its calls; a pass
  // that converts changes the tree between calls, and asks the tree each time.
  let index: DeclarationIndex | undefined;
  const namesIndex = () => (dry ? (index ??= declarationIndex(root.get().node)) : undefined);

  // Convert one site at a time until none is left: each conversion can make the next one possible
  // (an inner call ends up at the end of a function that is now async).
  const converted: ConvertedSite[] = [];
  let wrapInFunctions = false;
  let wrappable = false;
  for (;;) {
    let progress = false;
    // A fan-out refused now may convert once the code around it is flattened (its loop then ends a function this run made async).
    state.fanOutRefusals.clear();
    // One pass converts every site it can, in source order; a site that an earlier conversion of the
    // pass moved (its path no longer leads to it) waits for the next pass. Passes, not a restart per
    // site: a file with hundreds of sites would otherwise be judged hundreds of times over.
    findPaths(j, root, "CallExpression").forEach((call: ASTPath<any>) => {
      if (progress && !isCurrentPath(call)) return false;
      const fanOut = fanOutAt(state, call);
      if (fanOut) {
        fanOutTried = true;
        const refusal = unlessScopeFails(() => convertFanOut(state, call, fanOut, converted), "scope-analysis-failed");
        // The fan-out is written by now: the plain tree is no longer the file as read.
        if (!refusal && dry) throw new WouldConvert(true);
        if (refusal) state.fanOutRefusals.set(call.node, refusal);
        else progress = changed = true;
        return !refusal;
      }
      const inlined = namedCallbackAsLiteral(state, call, namesIndex());
      const found = callbackCallSafely(call, state);
      if (!found || "reason" in found) {
        inlined?.undo();
        return false;
      }
      let verdict = judgeSafely(state, call, found);
      verdict = withoutMovingTemplates(call, verdict);
      let wrapped: ReturnType<typeof wrapInAsyncIife> = null;
      if ("reason" in verdict && WRAPPABLE_IN_FUNCTIONS.has(verdict.reason)) wrappable = true;
      const inFunction = "reason" in verdict && wrapInFunctions && mayWrapInFunction(state, call, verdict.reason);
      if ("reason" in verdict && (verdict.reason === "top-level-code" || inFunction) && !found.timer) {
        wrapped = wrapInAsyncIife(j, call, context.indent, inFunction);
        if (!wrapped) {
          inlined?.undo();
          return false;
        }
        state.madeAsync.add(wrapped.arrow);
        state.wrappers.add(wrapped.arrow);
        verdict = judgeSafely(state, wrapped.call, found);
        if ("reason" in verdict) {
          state.madeAsync.delete(wrapped.arrow);
          wrapped.undo();
        }
      }
      if ("reason" in verdict) {
        inlined?.undo();
        return false;
      }
      if (dry) {
        // The tree goes back as it was read: the memoised plain parse stays good for the next reader.
        wrapped?.undo();
        inlined?.undo();
        throw new WouldConvert(fanOutTried);
      }
      const ours = state.madeAsync.has(verdict.plan.fn.node);
      converted.push({
        node: call.node,
        fn: verdict.plan.fn.node,
        kind: found.timer || found.api.callback === "value" ? "callback-api" : "error-first-callback",
        risks: risksOf(verdict.plan, ours),
        use: ours ? "calls-only" : verdict.plan.use,
        promisifies: promisifiedBy(verdict.plan),
      });
      convert(state, verdict.plan, context);
      state.madeAsync.add(verdict.plan.fn.node);
      progress = changed = true;
      // One site wrapped at a time, the outermost first: the sites inside may now end its async function.
      if (wrapped) wrapInFunctions = false;
      return true;
    });
    if (progress) continue;
    // Once nothing else converts, a site that cannot end its function converts in an async function of
    // its own at its place (earlier, a site whose function was about to become async would be wrapped).
    // (callbacks-to-then does not: its lowering refuses sites by the function they made async, and a
    // site wrapped on the next run, once that function is promisified, would not be on this one.)
    // (Only when a pass met a site it could wrap: the pass over the file is not free.)
    if (wrapInFunctions || run.finish || !wrappable) break;
    wrapInFunctions = true;
  }

  if (changed && run.loops) loopsFromRecursion(state, converted, report);
  const { surfaced, promisifiedAsync, keptCallback } = changed
    ? returnInsteadOfCallbacks(state, context, report)
    : { surfaced: new Set<any>(), promisifiedAsync: new Map<any, string[]>(), keptCallback: new Set<any>() };
  // Functions that would stay async with their callback where that changes what callers get. The sites
  // that made them async are refused, and the file is converted again without them:
  // - callers here now reach it through promisify, which ignores the promise it returns: a throw in it
  //   would leave them waiting for ever;
  // - other modules call it with a callback (it is exported, or a method of an exported object or
  //   class), or code this file does not follow may (a prototype method, a method of an object passed
  //   around): callers that tell async functions apart (the `async` library, test runners) would call
  //   it without one, and what it threw before its first await would no longer reach them.
  //   (callbacks-to-then writes no async function: `finish`.)
  const keptForOthers = new Map<any, string>();
  for (const { fn, use } of converted) {
    if (run.finish || !keptCallback.has(fn)) continue;
    if (use === "exported") keptForOthers.set(fn, "exported-function-keeps-callback");
    else if (use === "untracked" && !keptForOthers.has(fn)) keptForOthers.set(fn, "method-callers-not-visible");
  }
  // A function is promisified only by the sites that stay: one whose promisifying sites are all in
  // functions refused here would not be next time, and is judged again then, not refused now (or the
  // rerun would leave a site that a second pass converts). Decided from the functions that surely stay
  // (not promisified themselves, not refused) outwards; what a cycle leaves undecided is refused.
  const refusedFns = new Map<any, string>(keptForOthers);
  const kept = new Set<any>();
  const stays = (fn: any): boolean | null =>
    refusedFns.has(fn) ? false : kept.has(fn) || !promisifiedAsync.has(fn) ? true : null;
  for (let changedStatus = true; changedStatus;) {
    changedStatus = false;
    for (const [fn, names] of promisifiedAsync) {
      if (refusedFns.has(fn) || kept.has(fn)) continue;
      const by = converted
        .filter(
          ({ promisifies }) =>
            promisifies &&
            (promisifies.definition === fn || (promisifies.name !== null && names.includes(promisifies.name))),
        )
        .map(({ fn: from }) => stays(from));
      if (by.includes(true)) refusedFns.set(fn, "enclosing-function-is-promisified");
      else if (by.every((stay) => stay === false)) kept.add(fn);
      else continue;
      changedStatus = true;
    }
  }
  for (const fn of promisifiedAsync.keys())
    if (!refusedFns.has(fn) && !kept.has(fn)) refusedFns.set(fn, "enclosing-function-is-promisified");
  if (refusedFns.size) {
    const refuse = new Map(run.refused);
    for (const { node, fn } of converted) {
      if (!siteKey(node)) continue;
      const reason = refusedFns.get(fn);
      if (reason) refuse.set(siteKey(node), reason);
    }
    if (refuse.size > run.refused.size) return { result: { refuse }, fanOutTried };
  }
  if (changed && run.finish) {
    const ours = findPaths(j, root, "Function")
      .filter((path: ASTPath<any>) => path.node.async && !asyncAsRead.has(path.node))
      .nodes();
    const failed = run.finish(j, root, ours, context);
    if (failed.size) {
      // The sites whose awaits ended up in a function `finish` could not rewrite are refused next time.
      const refuse = new Map(run.refused);
      for (const { node, fn } of converted) {
        const reason = failed.get(fn) ?? failed.get(state.movedTo.get(fn));
        if (reason && siteKey(node)) refuse.set(siteKey(node), reason);
      }
      // A function no site leads to (none is known to): refuse them all rather than give up silently.
      if (refuse.size === run.refused.size)
        for (const { node } of converted) if (siteKey(node)) refuse.set(siteKey(node), [...failed.values()][0]);
      return { result: { refuse }, fanOutTried };
    }
  }
  // A function that kept its callback surface returns nothing new to the callers that pass one.
  for (const { node, fn, kind, risks } of converted) {
    const kept = surfaced.has(fn)
      ? risks.filter((risk) => risk !== "exported-function-now-async" && risk !== "function-now-returns-promise")
      : risks;
    report(node, { kind, risks: kept });
  }

  // What is left, with the reason each was not converted: calls of the file as read, not ones this run wrote.
  const fileLines = program.loc?.lines;
  findPaths(j, root, "CallExpression").forEach((call: ASTPath<any>) => {
    if (call.node.loc?.lines !== fileLines) return;
    const fanOutRefusal = state.fanOutRefusals.get(call.node);
    if (fanOutRefusal) report(call.node, { kind: "error-first-callback", reason: fanOutRefusal });
    if (namedCallbackCall(call, state, true)) {
      // Only a declaration mentioned twice can be inlined: for it, say why it was not converted.
      const name = call.node.arguments[call.node.arguments.length - 1].name;
      const inlined = state.namedCallbacks.has(name)
        ? inlineNamedCallbackSafely(j, root, call, namesIndex())
        : forwardHandedCallbackSafely(state, call);
      const found = inlined ? callbackCallSafely(call, state) : null;
      const verdict = found && !("reason" in found) ? judgeSafely(state, call, found) : found;
      inlined?.undo();
      report(call.node, {
        kind: "error-first-callback",
        reason: verdict && "reason" in verdict ? verdict.reason : "named-callback-not-inlinable",
      });
      return;
    }
    const found = callbackCallSafely(call, state);
    // A timer left alone is no finding: most are not delays of a flattened function.
    if (!found || ("timer" in found && found.timer)) return;
    const verdict = "reason" in found ? found : withoutMovingTemplates(call, judgeSafely(state, call, found));
    // A value callback of the file's own function (see valueCallOf) is a call of a callback API, not an error-first one.
    const value = ("api" in found && found.api.callback === "value") || ("value" in found && found.value === true);
    if ("reason" in verdict)
      report(call.node, { kind: value ? "callback-api" : "error-first-callback", reason: verdict.reason });
  });

  return {
    result: { source: changed ? printFile(root, file.source, file.path || "file.js") : file.source },
    fanOutTried,
  };
}
