// callbacks-to-async: error-first callbacks of Node core APIs -> `await` of their promise form.
//
// This slice converts a call of a core fs API that ends a function: the function becomes `async`, the
// call becomes an `await` of its promise form (the fs.promises twin, or util.promisify hoisted once at
// module level when there is no same-contract twin), inside a try/catch around exactly that await when
// the callback handled the error, and the callback's body follows it. Nested calls converted this way
// flatten, one level after the other. Everything else is reported with a reason and left as it was.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { API, ASTPath, FileInfo, Options } from "jscodeshift";
import { ERROR_FIRST_TEXT, errorHandlingOf, isErrorFirstCallbackLiteral, isFunctionLiteral, type ErrorHandling } from "../src/analysis/error-first";
import {
  enclosingFunction,
  isAccessorOrConstructor,
  isPassedOrCalledInPlace,
  mayBeConstructor,
  returnsValue,
  usesArguments,
  usesThis,
} from "../src/analysis/functions";
import { moduleNamespaceBindings, refersToModuleBinding, type ModuleBinding } from "../src/analysis/module-bindings";
import { isProvablyPath } from "../src/analysis/values";
import { hasCallbackCandidate } from "../src/analysis/scan";
import { CALLBACK_API_NAMES, CORE_MODULE_TEXT, findCallbackApi, type CallbackApi } from "../src/knowledge/node-core";
import { autoParser, plainAst } from "../src/parse/parser";
import type { TransformMeta } from "../src/registry";
import { siteReporter } from "../src/report/sites";
import { printFile, printOptionsFor } from "../src/rewrite/print";
import { indentUnit } from "../src/rewrite/snippet";
import { makeAsync } from "../src/rewrite/async-function";
import { hoistedPromisified, moduleStyleOf, namesInFile, type ModuleContext } from "../src/rewrite/module-scope";
import { buildTailAwait, type ResultBinding } from "../src/rewrite/tail-await";

export const meta: TransformMeta = {
  name: "callbacks-to-async",
  description: "error-first callbacks of Node core APIs -> await of their promise form, flattening nested calls",
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
  namespace: string;
  binding: ModuleBinding;
  route: PromiseRoute;
  callback: any;
  handling: Exclude<ErrorHandling, { kind: "unrecognized" }>;
}

interface CoreCall {
  api: CallbackApi;
  namespace: string;
  binding: ModuleBinding;
  callback: any;
}

/** `fs.readFile(..., <function literal>)` through a module-level core module binding. */
function coreCallOf(path: ASTPath<any>, bindings: Map<string, ModuleBinding>): CoreCall | null {
  const { callee, arguments: args } = path.node;
  if (callee.type !== "MemberExpression" || callee.computed || callee.object.type !== "Identifier" || callee.property.type !== "Identifier") return null;
  const binding = bindings.get(callee.object.name);
  if (!binding || !refersToModuleBinding(path, callee.object.name)) return null;
  const api = findCallbackApi(binding.module, callee.property.name);
  const callback = args[args.length - 1];
  if (!api || !isFunctionLiteral(callback)) return null;
  return { api, namespace: callee.object.name, binding, callback };
}

function hasSpread(args: any[]): boolean {
  return args.some((arg) => arg.type === "SpreadElement");
}

/** Names the callback would bring into the function's own scope, that the function already uses. */
function collidingName(j: API["jscodeshift"], fnPath: ASTPath<any>, callbackPath: ASTPath<any>): string | null {
  const brought = Object.keys((callbackPath as any).scope.getBindings());
  const callback = callbackPath.node;
  for (const name of brought) {
    if (name === callback.params[0]?.name) continue; // the error name only lives in the catch clause
    if ((fnPath as any).scope.declares(name)) return name;
    const usedOutside = j(fnPath)
      .find(j.Identifier, { name })
      .some((id: ASTPath<any>) => {
        for (let p: ASTPath<any> | null = id; p; p = p.parentPath) if (p.node === callback) return false;
        const parent = id.parentPath?.node;
        const isKey = (parent?.type === "MemberExpression" && parent.property === id.node && !parent.computed) || ((parent?.type === "ObjectProperty" || parent?.type === "ClassProperty") && parent.key === id.node && !parent.computed);
        return !isKey;
      });
    if (usedOutside) return name;
  }
  return null;
}

function judge(j: API["jscodeshift"], root: any, call: ASTPath<any>, found: CoreCall, madeAsync: WeakSet<object>): Verdict {
  const { api, callback } = found;
  const args = call.node.arguments.slice(0, -1);
  if (hasSpread(call.node.arguments)) return { reason: "spread-arguments" };
  const exists = api.callback === "exists-boolean";
  const route: PromiseRoute = exists ? "exists" : api.promise.kind === "twin" && !(api.firstArgMayBeFd && !isProvablyPath(args[0], call)) ? "twin" : "promisify";

  if (callback.async || callback.generator) return { reason: "callback-is-async-or-generator" };
  const errorParams = exists ? 0 : 1;
  if (callback.params.length > errorParams + api.results.length) return { reason: "callback-has-extra-parameters" };
  if (callback.params.some((param: any) => param.type !== "Identifier")) return { reason: "callback-parameter-pattern" };
  if (callback.type === "FunctionExpression") {
    if (usesThis(callback)) return { reason: "callback-uses-this" };
    if (usesArguments(callback)) return { reason: "callback-uses-arguments" };
    if (callback.id) return { reason: "callback-is-named" };
  }
  // fs.exists never fails: its only parameter is the answer. A known error-first API's callback with no
  // parameters ignores the error.
  const handling: ErrorHandling = exists ? { kind: "rethrow", check: null } : callback.params.length === 0 ? { kind: "ignored" } : errorHandlingOf(callback);
  if (handling.kind === "unrecognized") return { reason: handling.reason };
  if (callback.body.type !== "BlockStatement") return { reason: "callback-not-a-block" };

  const statement = call.parentPath;
  if (statement?.node.type !== "ExpressionStatement") return { reason: "call-result-used" };
  const fn = enclosingFunction(call);
  if (!fn) return { reason: "top-level-code" };
  const body = fn.node.body;
  if (body?.type !== "BlockStatement" || statement.parentPath?.parentPath?.node !== body) return { reason: "not-in-tail-position" };
  if (body.body[body.body.length - 1] !== statement.node) return { reason: "not-in-tail-position" };

  const ours = madeAsync.has(fn.node);
  if (fn.node.generator) return { reason: "enclosing-function-is-generator" };
  if (fn.node.async && !ours) return { reason: "enclosing-function-already-async" };
  if (isAccessorOrConstructor(fn.node)) return { reason: "enclosing-function-is-accessor-or-constructor" };
  if (!ours) {
    if (isPassedOrCalledInPlace(fn)) return { reason: "enclosing-function-is-a-callback" };
    if (mayBeConstructor(j, root, fn)) return { reason: "enclosing-function-may-be-constructor" };
    if (returnsValue(fn.node)) return { reason: "enclosing-function-returns-value" };
  }
  const callbackPath = call.get("arguments", call.node.arguments.length - 1);
  const collision = collidingName(j, fn, callbackPath);
  if (collision) return { reason: "name-collision" };
  return { plan: { call, fn, api, namespace: found.namespace, binding: found.binding, route, callback, handling } };
}

function risksOf(plan: Conversion, ours: boolean): string[] {
  const risks: string[] = [];
  if (!ours) risks.push("function-now-returns-promise");
  if (plan.handling.kind === "ignored") risks.push("error-was-ignored");
  if (plan.handling.kind === "rethrow" && plan.route !== "exists") risks.push("throw-becomes-rejection");
  return risks;
}

interface FileContext extends ModuleContext {
  /** One indentation step in the file's style. */
  indent: string;
  typescript: boolean;
}

function promiseCallFor(j: API["jscodeshift"], plan: Conversion, context: FileContext): any {
  const { call, api, namespace, route, binding } = plan;
  const args = call.node.arguments.slice(0, -1);
  const member = (...names: string[]) => names.slice(1).reduce((object: any, name) => j.memberExpression(object, j.identifier(name)), j.identifier(names[0]!));
  if (route === "twin") return j.callExpression(member(namespace, "promises", api.name), args);
  if (route === "exists") {
    // fs.exists(p, cb) calls back true when the path is accessible and false on any error.
    const answer = (value: boolean) => j.arrowFunctionExpression([], j.booleanLiteral(value));
    return j.callExpression(j.memberExpression(j.callExpression(member(namespace, "promises", "access"), args), j.identifier("then")), [answer(true), answer(false)]);
  }
  const name = hoistedPromisified(j, `${namespace}.${api.name}`, `${api.name}Async`, context, binding.statement.node);
  return j.callExpression(j.identifier(name), args);
}

/** The callback's value parameters, with the key of the promise's result object when it yields several. */
function resultBindings(plan: Conversion): ResultBinding[] {
  const { api, callback, route } = plan;
  const values = callback.params.slice(route === "exists" ? 0 : 1);
  return values.map((param: any, index: number) => ({ name: param.name, key: api.results.length > 1 ? api.results[index]! : null }));
}

function convert(j: API["jscodeshift"], plan: Conversion, context: FileContext): void {
  const { call, fn, callback, handling } = plan;
  const body: any[] = callback.body.body;
  const rest = handling.kind === "handled-exit" || (handling.kind === "rethrow" && handling.check) ? body.slice(1) : body;
  const statements = buildTailAwait(j, {
    promiseCall: promiseCallFor(j, plan, context),
    results: resultBindings(plan),
    errorName: callback.params[0]?.name ?? "err",
    handling,
    rest,
    typedCatch: context.typescript,
    indent: context.indent,
  });
  // Comments on the call and on the error check move with the code that replaces them.
  const statement = call.parentPath;
  // New nodes come from snippets with their own source lines: moved comments keep their text, not
  // their old positions (recast would look them up in the wrong lines).
  const attach = (node: any, comments: any[] | undefined) => {
    const moved = (comments ?? []).map(({ type, value, leading, trailing }: any) => ({ type, value, leading, trailing }));
    if (moved.length) node.comments = [...(node.comments ?? []), ...moved];
  };
  attach(statements[0], statement.node.comments);
  if (handling.kind !== "ignored" && handling.check) attach(statements.find((node) => node.type === "TryStatement") ?? statements[0], handling.check.comments);
  statement.replace(...statements);
  makeAsync(j, fn.node);
}

/** judge() with ast-types' scope analysis guarded: it throws on some valid code (a `catch {}` with no binding). */
function judgeSafely(j: API["jscodeshift"], root: any, call: ASTPath<any>, found: CoreCall, madeAsync: WeakSet<object>): Verdict {
  try {
    return judge(j, root, call, found, madeAsync);
  } catch {
    return { reason: "scope-analysis-failed" };
  }
}

function coreCallSafely(path: ASTPath<any>, bindings: Map<string, ModuleBinding>): CoreCall | null | "scope-analysis-failed" {
  try {
    return coreCallOf(path, bindings);
  } catch {
    return "scope-analysis-failed";
  }
}

export default function transform(file: FileInfo, api: API, _options?: Options): string {
  // Most files have no site: find that out from a plain parse, and pay for recast only when there is one.
  if (!meta.mayApply(file.source)) return file.source;
  try {
    if (!hasCallbackCandidate(plainAst(file.path || "file.js", file.source), CALLBACK_API_NAMES)) return file.source;
  } catch {
    // The plain parse uses the extension's parser; jscodeshift's own parser may still read the file.
  }
  const j = api.jscodeshift;
  const root = j(file.source);
  const report = siteReporter(api, meta.name);
  const madeAsync = new WeakSet<object>();
  const bindings = moduleNamespaceBindings(j, root);
  const style = printOptionsFor(file.source);
  const context: FileContext = {
    root,
    style: moduleStyleOf(j, root, file.path ?? ""),
    indent: indentUnit(style),
    quote: style.quote === "single" ? "'" : '"',
    taken: namesInFile(j, root),
    typescript: /\.[cm]?tsx?$/i.test(file.path ?? ""),
  };
  let changed = false;

  // Convert one site at a time until none is left: each conversion can make the next one possible
  // (an inner call ends up at the end of a function that is now async).
  for (;;) {
    let converted = false;
    root.find(j.CallExpression).some((call: ASTPath<any>) => {
      const found = coreCallSafely(call, bindings);
      if (!found || found === "scope-analysis-failed") return false;
      const verdict = judgeSafely(j, root, call, found, madeAsync);
      if ("reason" in verdict) return false;
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
