// callbacks-to-async: error-first callbacks of Node core APIs -> `await` of their promise form.
//
// A call of a core API from the knowledge table (fs, dns, stream, zlib, crypto, child_process) whose
// callback is a literal (or a named function used once, inlined) and which ends a function, or stands
// at module level (wrapped in an async IIFE): the function becomes `async`, the call becomes an `await`
// of the promise twin or of util.promisify(api)(...), inside a try/catch around exactly that await when
// the callback handled the error, and the callback's body follows it. Nested calls flatten, one level
// after the other. Everything else is reported with a reason and left as it was.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { API, ASTPath, FileInfo, Options } from "jscodeshift";
import { countReferences, ERROR_FIRST_TEXT, errorHandlingOf, isErrorFirstCallbackLiteral, isFunctionLiteral, type ErrorHandling } from "../src/analysis/error-first";
import {
  enclosingFunction,
  functionUse,
  isAccessorOrConstructor,
  isDeclaredInBlock,
  isPassedOrCalledInPlace,
  mayBeConstructor,
  returnsValue,
  usesArguments,
  usesAwaitIdentifier,
  usesEval,
  usesThis,
  type FunctionUse,
} from "../src/analysis/functions";
import { moduleBindings, refersToModuleBinding, type ModuleBinding } from "../src/analysis/module-bindings";
import { collidingName } from "../src/analysis/names";
import { isProvablyPath, optionProvablyAbsent } from "../src/analysis/values";
import { surveyCallbacks, type CallbackSurvey } from "../src/analysis/scan";
import { CALLBACK_API_MODULES, CALLBACK_API_NAMES, CORE_MODULE_TEXT, findCallbackApi, type CallbackApi } from "../src/knowledge/node-core";
import { autoParser, plainAst } from "../src/parse/parser";
import type { TransformMeta } from "../src/registry";
import { siteReporter } from "../src/report/sites";
import { printFile, printOptionsFor } from "../src/rewrite/print";
import { wrapInAsyncIife } from "../src/rewrite/async-iife";
import { droppedComments } from "../src/rewrite/comments";
import { inlineNamedCallback } from "../src/rewrite/inline-callback";
import { indentUnit } from "../src/rewrite/snippet";
import { makeAsync } from "../src/rewrite/async-function";
import { moduleStyleOf, utilPromisify, type ModuleContext } from "../src/rewrite/module-scope";
import { buildTailAwait, type ResultBinding } from "../src/rewrite/tail-await";

export const meta: TransformMeta = {
  name: "callbacks-to-async",
  description: "error-first callbacks of Node core APIs (fs, dns, stream, zlib, crypto, child_process) -> await of their promise form, flattening nested calls",
  order: 10,
  // A site is an error-first callback literal, or a callback passed to a core module's API.
  mayApply: (source) => ERROR_FIRST_TEXT.test(source) || CORE_MODULE_TEXT.test(source),
};

export const parser = autoParser;

type Verdict = { reason: string } | { plan: Conversion };

/** How the promise is obtained: the fs.promises twin, a hoisted promisify, or an access check for exists. */
type PromiseRoute = "twin" | "promisify" | "exists";

interface Conversion {
  call: ASTPath<any>;
  fn: ASTPath<any>;
  api: CallbackApi;
  namespace: string | null;
  local: string;
  binding: ModuleBinding;
  route: PromiseRoute;
  callback: any;
  handling: Exclude<ErrorHandling, { kind: "unrecognized" }>;
  /** How the file uses the function that becomes async. */
  use: FunctionUse;
}

interface CoreCall {
  api: CallbackApi;
  /** The module's local name, or null when the call goes through a binding of the export itself. */
  namespace: string | null;
  /** The callee as written: `fs.readFile`, or `readFile`. */
  local: string;
  binding: ModuleBinding;
  callback: any;
}

/**
 * The core API a call goes to: `fs.readFile(...)` through a module-level binding of the module, or
 * `readFile(...)` through a module-level binding of the export.
 */
function coreApiOf(path: ASTPath<any>, bindings: Map<string, ModuleBinding>): Omit<CoreCall, "callback"> | null {
  const { callee } = path.node;
  if (callee.type === "Identifier") {
    const binding = bindings.get(callee.name);
    if (!binding?.member || !refersToModuleBinding(path, callee.name)) return null;
    const api = findCallbackApi(binding.module, binding.member);
    return api ? { api, namespace: null, local: callee.name, binding } : null;
  }
  if (callee.type !== "MemberExpression" || callee.computed || callee.object.type !== "Identifier" || callee.property.type !== "Identifier") return null;
  const binding = bindings.get(callee.object.name);
  if (!binding || binding.member !== null || !refersToModuleBinding(path, callee.object.name)) return null;
  const api = findCallbackApi(binding.module, callee.property.name);
  return api ? { api, namespace: callee.object.name, local: `${callee.object.name}.${api.name}`, binding } : null;
}

/** A core API call whose last argument is a function literal. */
function coreCallOf(path: ASTPath<any>, bindings: Map<string, ModuleBinding>): CoreCall | null {
  const args = path.node.arguments;
  const callback = args[args.length - 1];
  if (!isFunctionLiteral(callback)) return null;
  const target = coreApiOf(path, bindings);
  return target ? { ...target, callback } : null;
}

/** A core API call whose callback is a name (a candidate for inlineNamedCallback). */
function namedCallbackCall(path: ASTPath<any>, bindings: Map<string, ModuleBinding>): boolean {
  const args = path.node.arguments;
  if (args[args.length - 1]?.type !== "Identifier") return false;
  return unlessScopeFails(() => coreApiOf(path, bindings) !== null, false);
}

function hasSpread(args: any[]): boolean {
  return args.some((arg) => arg.type === "SpreadElement");
}

/** The callback reads a value parameter where it runs on error: in the handler, or anywhere when errors are ignored. */
function valuesReadOnError(callback: any, handling: ErrorHandling): boolean {
  const where = handling.kind === "handled-exit" ? handling.handler : callback.body.body;
  return callback.params.slice(1).some((param: any) => countReferences({ type: "Program", body: where }, param.name) > 0);
}

function promiseRoute(api: CallbackApi, args: any[], call: ASTPath<any>): PromiseRoute {
  if (api.callback === "exists-boolean") return "exists";
  if (api.promise.kind !== "twin") return "promisify";
  if (api.firstArgMayBeFd && !isProvablyPath(args[0], call)) return "promisify";
  const option = api.twinDiffersWithOption;
  if (option && !optionProvablyAbsent(args[option.index], option.key)) return "promisify";
  return "twin";
}

/** Why the callback cannot be inlined as it is, if it cannot. */
function callbackRefusal(callback: any, api: CallbackApi, exists: boolean): string | null {
  if (callback.async || callback.generator) return "callback-is-async-or-generator";
  if (callback.params[0]?.type === "Identifier" && callback.params[0].name === "this") return "callback-this-parameter";
  if (callback.params.length > (exists ? 0 : 1) + api.results.length) return "callback-has-extra-parameters";
  if (callback.params.some((param: any) => param.type !== "Identifier")) return "callback-parameter-pattern";
  if (callback.body.type !== "BlockStatement") return "callback-not-a-block";
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

/** Why the function around the call cannot become async, if it cannot. */
function functionRefusal(j: API["jscodeshift"], root: any, fn: ASTPath<any>, ours: boolean): string | null {
  if (fn.node.generator) return "enclosing-function-is-generator";
  if (fn.node.async && !ours) return "enclosing-function-already-async";
  if (isAccessorOrConstructor(fn.node)) return "enclosing-function-is-accessor-or-constructor";
  if (usesAwaitIdentifier(fn.node)) return "await-used-as-identifier";
  if (ours) return null;
  if (isPassedOrCalledInPlace(fn)) return "enclosing-function-is-a-callback";
  if (isDeclaredInBlock(fn)) return "function-declared-in-block";
  if (mayBeConstructor(j, root, fn)) return "enclosing-function-may-be-constructor";
  if (returnsValue(fn.node)) return "enclosing-function-returns-value";
  if (usesEval(fn.node)) return "enclosing-function-uses-eval";
  const use = functionUse(j, root, fn);
  if (use === "used-as-value") return "function-used-as-value";
  if (use === "called-in-try") return "caller-catches-sync-errors";
  return null;
}

function judge(j: API["jscodeshift"], root: any, call: ASTPath<any>, found: CoreCall, madeAsync: WeakSet<object>): Verdict {
  const { api, callback } = found;
  const args = call.node.arguments.slice(0, -1);
  if (hasSpread(call.node.arguments)) return { reason: "spread-arguments" };
  const exists = api.callback === "exists-boolean";
  const callbackReason = callbackRefusal(callback, api, exists);
  if (callbackReason) return { reason: callbackReason };
  // fs.exists never fails: its only parameter is the answer. A known error-first API's callback with no
  // parameters ignores the error.
  const handling: ErrorHandling = exists ? { kind: "rethrow", check: null } : callback.params.length === 0 ? { kind: "ignored" } : errorHandlingOf(callback);
  if (handling.kind === "unrecognized") return { reason: handling.reason };
  const shape = api.resultShapeOption;
  if (shape && !optionProvablyAbsent(args[shape.index], shape.key)) return { reason: "option-changes-result-shape" };
  // exec's callback gets stdout/stderr on error too; after conversion they would be undefined there.
  if (api.valuesOnError && handling.kind !== "rethrow" && valuesReadOnError(callback, handling)) return { reason: "values-used-on-error" };

  const statement = call.parentPath;
  if (statement?.node.type !== "ExpressionStatement") return { reason: "call-result-used" };
  const fn = enclosingFunction(call);
  if (!fn) return { reason: "top-level-code" };
  const body = fn.node.body;
  if (body?.type !== "BlockStatement" || statement.parentPath?.parentPath?.node !== body) return { reason: "not-in-tail-position" };
  if (body.body[body.body.length - 1] !== statement.node) return { reason: "not-in-tail-position" };

  const ours = madeAsync.has(fn.node);
  const functionReason = functionRefusal(j, root, fn, ours);
  if (functionReason) return { reason: functionReason };
  const callbackPath = call.get("arguments", call.node.arguments.length - 1);
  if (collidingName(j, fn, callbackPath)) return { reason: "name-collision" };
  // The twin is reached through the module (`fs.promises`): a lone `readFile` goes through promisify.
  const route = found.namespace === null && api.callback !== "exists-boolean" ? "promisify" : promiseRoute(api, args, call);
  if (route === "exists" && found.namespace === null) return { reason: "exists-without-module-binding" };
  return { plan: { call, fn, api, namespace: found.namespace, local: found.local, binding: found.binding, route, callback, handling, use: ours ? "calls-only" : functionUse(j, root, fn) } };
}

function risksOf(plan: Conversion, ours: boolean): string[] {
  const risks: string[] = [];
  if (!ours && plan.use === "exported") risks.push("exported-function-now-async");
  if (!ours && plan.use === "untracked") risks.push("function-now-returns-promise");
  if (plan.handling.kind === "ignored") risks.push("error-was-ignored");
  if (plan.handling.kind === "rethrow" && plan.route !== "exists") risks.push("throw-becomes-rejection");
  if (plan.api.valuesOnError && plan.api.module === "child_process") risks.push("error-carries-output");
  return risks;
}

interface FileContext extends ModuleContext {
  /** One indentation step in the file's style. */
  indent: string;
  typescript: boolean;
}

function promiseCallFor(j: API["jscodeshift"], plan: Conversion, context: FileContext): any {
  const { call, api, namespace, local, route } = plan;
  const args = call.node.arguments.slice(0, -1);
  const member = (...names: string[]) => names.slice(1).reduce((object: any, name) => j.memberExpression(object, j.identifier(name)), j.identifier(names[0]!));
  if (route === "twin" && api.promise.kind === "twin") return j.callExpression(member(namespace!, api.promise.promisesProperty, api.name), args);
  if (route === "exists") {
    // fs.exists(p, cb) calls back true when the path is accessible and false on any error.
    const answer = (value: boolean) => j.arrowFunctionExpression([], j.booleanLiteral(value));
    return j.callExpression(j.memberExpression(j.callExpression(member(namespace!, "promises", "access"), args), j.identifier("then")), [answer(true), answer(false)]);
  }
  // `promisify(fs.open)(...)` at the call: it reads `fs.open` when the call runs, as the callback API
  // did, and has nothing to initialise at module level first (no TDZ, no import-cycle hazard).
  const callee = utilPromisify(j, context);
  return j.callExpression(j.callExpression(member(...callee.split(".")), [member(...local.split("."))]), args);
}

/** The callback's value parameters, with the key of the promise's result object when it yields several. */
function resultBindings(j: API["jscodeshift"], plan: Conversion): ResultBinding[] {
  const { api, callback, route } = plan;
  const values = callback.params.slice(route === "exists" ? 0 : 1);
  return values.map((param: any, index: number) => ({
    name: param.name,
    key: api.results.length > 1 ? api.results[index]! : null,
    ...(param.typeAnnotation ? { type: j(param.typeAnnotation).toSource() } : {}),
  }));
}

function convert(j: API["jscodeshift"], plan: Conversion, context: FileContext): void {
  const { call, fn, callback, handling } = plan;
  const body: any[] = callback.body.body;
  const rest = handling.kind === "handled-exit" || (handling.kind === "rethrow" && handling.check) ? body.slice(1) : body;
  const handler = handling.kind === "handled-exit" ? handling.handler : [];
  const statement = call.parentPath;
  const comments = droppedComments(statement.node, new Set([...rest, ...handler, ...call.node.arguments.slice(0, -1)]));
  const statements = buildTailAwait(j, {
    promiseCall: promiseCallFor(j, plan, context),
    results: resultBindings(j, plan),
    errorName: callback.params[0]?.name ?? "err",
    handling,
    rest,
    typedCatch: context.typescript,
    indent: context.indent,
  });
  // New nodes come from snippets with their own source lines: moved comments keep their text, not
  // their old positions (recast would look them up in the wrong lines), and go before the new code.
  const asLeading = (list: any[]) => list.map(({ type, value }: any) => ({ type, value, leading: true, trailing: false }));
  const own = statement.node.comments ?? [];
  const inner = comments.filter((comment) => !own.includes(comment));
  const tryStatement = statements.find((node) => node.type === "TryStatement") ?? statements[0];
  if (inner.length) tryStatement.comments = [...asLeading(inner), ...(tryStatement.comments ?? [])];
  if (own.length) statements[0].comments = [...asLeading(own), ...(statements[0].comments ?? [])];
  statement.replace(...statements);
  makeAsync(j, fn.node);
  // ast-types computed the scopes before the move: rescan them, or later lookups miss the moved names.
  for (let path: any = fn; path; path = path.parentPath) path.scope?.scan(true);
}

/** ast-types' scope analysis throws on some valid code (names inside a `catch {}` that binds nothing): such a site gets `fallback`. */
function unlessScopeFails<T>(work: () => T, fallback: T): T {
  try {
    return work();
  } catch {
    return fallback;
  }
}

const judgeSafely = (j: API["jscodeshift"], root: any, call: ASTPath<any>, found: CoreCall, madeAsync: WeakSet<object>): Verdict =>
  unlessScopeFails<Verdict>(() => judge(j, root, call, found, madeAsync), { reason: "scope-analysis-failed" });

const inlineNamedCallbackSafely = (j: API["jscodeshift"], root: any, call: ASTPath<any>) => unlessScopeFails(() => inlineNamedCallback(j, root, call), null);

const coreCallSafely = (path: ASTPath<any>, bindings: Map<string, ModuleBinding>) =>
  unlessScopeFails<CoreCall | null | "scope-analysis-failed">(() => coreCallOf(path, bindings), "scope-analysis-failed");

export default function transform(file: FileInfo, api: API, _options?: Options): string {
  // Most files have nothing to convert: find that out from a plain parse, and pay for recast only when
  // the file calls a core API it may convert. Other error-first callbacks are reported from the plain parse.
  if (!meta.mayApply(file.source)) return file.source;
  const report = siteReporter(api, meta.name, file.source);
  let survey: CallbackSurvey | null = null;
  try {
    survey = surveyCallbacks(plainAst(file.path || "file.js", file.source), CALLBACK_API_MODULES, CALLBACK_API_NAMES);
  } catch {
    // The plain parse uses the extension's parser; jscodeshift's own parser may still read the file.
  }
  if (survey && survey.coreCalls === 0) {
    for (const loc of survey.errorFirstCalls) report({ loc: { start: loc } }, { kind: "error-first-callback", reason: "unknown-callback-api" });
    return file.source;
  }
  const j = api.jscodeshift;
  // recast must read with the tab width it will print with, or it re-indents code it did not touch.
  const style = printOptionsFor(file.source);
  const root = j(file.source, { tabWidth: style.tabWidth });
  const madeAsync = new WeakSet<object>();
  const bindings = moduleBindings(j, root, CALLBACK_API_MODULES);
  const context: FileContext = {
    root,
    style: moduleStyleOf(j, root, file.path ?? ""),
    indent: indentUnit(style),
    quote: style.quote === "single" ? "'" : '"',
    typescript: /\.[cm]?tsx?$/i.test(file.path ?? ""),
  };
  let changed = false;

  // Convert one site at a time until none is left: each conversion can make the next one possible
  // (an inner call ends up at the end of a function that is now async).
  for (;;) {
    let converted = false;
    root.find(j.CallExpression).some((call: ASTPath<any>) => {
      const inlined = namedCallbackCall(call, bindings) ? inlineNamedCallbackSafely(j, root, call) : null;
      const found = coreCallSafely(call, bindings);
      if (!found || found === "scope-analysis-failed") {
        inlined?.undo();
        return false;
      }
      let verdict = judgeSafely(j, root, call, found, madeAsync);
      if ("reason" in verdict && verdict.reason === "top-level-code") {
        const wrapped = wrapInAsyncIife(j, call, context.indent);
        if (!wrapped) return false;
        madeAsync.add(wrapped.arrow);
        verdict = judgeSafely(j, root, wrapped.call, found, madeAsync);
        if ("reason" in verdict) {
          madeAsync.delete(wrapped.arrow);
          wrapped.undo();
        }
      }
      if ("reason" in verdict) {
        inlined?.undo();
        return false;
      }
      const ours = madeAsync.has(verdict.plan.fn.node);
      report(call.node, { kind: "error-first-callback", risks: risksOf(verdict.plan, ours) });
      convert(j, verdict.plan, context);
      madeAsync.add(verdict.plan.fn.node);
      converted = changed = true;
      return true;
    });
    if (!converted) break;
  }

  // What is left: core calls with a reason, and other error-first callbacks this slice does not convert yet.
  root.find(j.CallExpression).forEach((call: ASTPath<any>) => {
    if (namedCallbackCall(call, bindings)) {
      const inlined = inlineNamedCallbackSafely(j, root, call);
      const found = inlined ? coreCallSafely(call, bindings) : null;
      const verdict = found && found !== "scope-analysis-failed" ? judgeSafely(j, root, call, found, madeAsync) : null;
      inlined?.undo();
      report(call.node, { kind: "error-first-callback", reason: verdict && "reason" in verdict ? verdict.reason : "named-callback-not-inlinable" });
      return;
    }
    const found = coreCallSafely(call, bindings);
    if (found === "scope-analysis-failed") {
      report(call.node, { kind: "error-first-callback", reason: found });
      return;
    }
    if (found) {
      const verdict = judgeSafely(j, root, call, found, madeAsync);
      if ("reason" in verdict) report(call.node, { kind: "error-first-callback", reason: verdict.reason });
      return;
    }
    const last = call.node.arguments[call.node.arguments.length - 1];
    if (isErrorFirstCallbackLiteral(last)) report(call.node, { kind: "error-first-callback", reason: "unknown-callback-api" });
  });

  return changed ? printFile(root, file.source) : file.source;
}
