// promise-wrappers: hand-written promisification -> the promise API itself.
//
// 1. `new Promise((resolve, reject) => api(args, (err, v) => err ? reject(err) : resolve(v)))` that does
//    nothing else (see analysis/promise-wrapper) becomes the core API's promise twin
//    (`fs.promises.readFile(args)`) or `util.promisify(api)(args)`, which settle exactly as it did.
//    A wrapper that resolves with several values, resolves or rejects elsewhere, or does more is left
//    alone with a reason.
// 2. `util.promisify(fs.readFile)` (and any core API with a promise twin, and the timers) becomes the
//    twin: `const readFile = promisify(fs.readFile)` at module level becomes an import or require of
//    `fs/promises` in the file's style; elsewhere `fs.promises.readFile`. The `fs` binding stays.
// A promisify import nothing uses any more goes; nothing else is removed.
import type * as t from "@babel/types";
import { declaringScope, scopeNode, scopeOf } from "../src/analysis/scopes";
import type { API, ASTPath, FileInfo, Options } from "jscodeshift";
import {
  coreApiAt,
  corePromiseRoute,
  isOtherCoreApi,
  optionRefusal,
  promiseRoute,
  type CoreTarget,
} from "../src/analysis/core-api";
import {
  isFunctionNode,
  memberText,
  rootName,
  soleFunctionDeclaration,
  usesArguments,
  usesThis,
} from "../src/analysis/functions";
import {
  moduleBindings,
  refersToModuleBinding,
  requiredModule,
  type ModuleBinding,
} from "../src/analysis/module-bindings";
import {
  evaluatesWithoutThrowing,
  nameReadableAt,
  promiseWrapperOf,
  throwBecomesRejectionAt,
  type PromiseWrapper,
} from "../src/analysis/promise-wrapper";
import { CALLBACK_API_MODULES, NODE_CORE_CALLBACK_APIS, type CallbackApi } from "../src/knowledge/node-core";
import { autoParser, plainAst } from "../src/parse/parser";
import { patternNames } from "../src/analysis/patterns";
import { findPaths, someNode, walk } from "../src/analysis/walk";
import type { TransformMeta } from "../src/transform-meta";
import { bufferedSiteReporter, siteReporter, type ReportSite } from "../src/report/sites";
import { droppedComments } from "../src/rewrite/comments";
import {
  existingModuleMember,
  importStatement,
  insertAtModuleLevel,
  moduleMember,
  moduleStyleOf,
  removeUnusedMemberBinding,
  type ModuleContext,
} from "../src/rewrite/module-scope";
import { usesPromiseLibrary } from "../src/knowledge/promise-libraries";
import { printFile, printOptionsFor } from "../src/rewrite/print";
import { memberFrom, promisifiedCall, twinCall } from "../src/rewrite/promise-call";
import { statementsFrom } from "../src/rewrite/snippet";

export const meta: TransformMeta = {
  name: "promise-wrappers",
  description:
    "hand-written `new Promise` wrappers of one callback call and util.promisify(fs.readFile) -> the promise API, or util.promisify(api)",
  // First: a wrapper turned into a promise call is then plain promise code for the other transforms.
  order: 5,
  mayApply: (source) => /\bnew\s+Promise\b|\bpromisify\b/.test(source),
};

export const parser = autoParser;

type Context = ModuleContext & { typescript: boolean };

const WRAPPER_MODULES: ReadonlySet<string> = new Set([...CALLBACK_API_MODULES, "util"]);

/** Names of the core APIs that have a promise twin. */
const TWIN_NAMES: ReadonlySet<string> = new Set(
  NODE_CORE_CALLBACK_APIS.filter((api) => api.promise.kind === "twin").map((api) => api.name),
);

/** Where a wrapper's value is thrown away (`await new Promise(...)` or the expression alone, as a statement). */
function valueUnused(path: ASTPath<any>): boolean {
  let up = path.parent;
  if (up.node.type === "AwaitExpression" || (up.node.type === "UnaryExpression" && up.node.operator === "void"))
    up = up.parent;
  return up.node.type === "ExpressionStatement";
}

/** `.then(({ stdout }) => stdout)` / `.then(() => {})`: the value the wrapper resolved with, from the promise's. */
function resolving(j: API["jscodeshift"], promise: any, key: string | null): any {
  const [statement] = statementsFrom(j, key ? `p.then(({ ${key} }) => ${key});` : "p.then(() => {});");
  statement.expression.callee.object = promise;
  return statement.expression;
}

interface WrapperPlan {
  /** The promise expression, built when it is written (after every site of the file was judged). */
  build: () => any;
  risks: string[];
}

/** What the file is like, for judging its wrappers (gathered before anything is written). */
interface FileFacts {
  bindings: Map<string, ModuleBinding>;
  /** The file gives some function a util.promisify.custom (`f[util.promisify.custom] = ...`, `Symbol.for(...)`). */
  definesCustomPromisify: boolean;
  /** The file's own util.promisify binding, as code (`promisify`, `util.promisify`), or null. */
  promisify: string | null;
}

/** What the wrapper becomes, or why it stays. */
function planWrapper(
  j: API["jscodeshift"],
  path: ASTPath<any>,
  wrapper: PromiseWrapper,
  facts: FileFacts,
  context: Context,
): WrapperPlan | { reason: string } {
  const { call, resolvedValue } = wrapper;
  const callPath = findPaths(j, j(path), "CallExpression")
    .filter((candidate: ASTPath<any>) => candidate.node === call)
    .paths()[0]!;
  const args: any[] = call.arguments.slice(0, -1);
  const shape = shapeRefusal(path.node, wrapper);
  if (shape) return { reason: shape };
  const core: CoreTarget | null = coreApiAt(callPath, call.callee, facts.bindings);
  if (!core && isOtherCoreApi(call.callee, facts.bindings)) return { reason: "unknown-callback-api" };
  const text = memberText(call.callee);
  if (!text) return { reason: "callee-not-a-name" };
  if (!core && resolvedValue !== null && resolvedValue > 0) return { reason: "wrapper-resolves-a-later-value" };
  if (!core && facts.definesCustomPromisify) return { reason: "custom-promisify-in-file" };
  const verdict = core
    ? coreRoute(callPath, core, args, resolvedValue)
    : { route: "promisify" as const, pick: resolvedValue === null ? ("nothing" as const) : null };
  if ("reason" in verdict) return verdict;
  if (context.typescript) {
    const typeReason = typeScriptRefusal(path, core, verdict.route, call.callee);
    if (typeReason) return { reason: typeReason };
  }
  if (
    verdict.route === "promisify" &&
    facts.promisify &&
    !refersToModuleBinding(callPath, facts.promisify.split(".")[0])
  )
    return { reason: "helper-name-shadowed" };
  // The wrapper's executor turned a synchronous throw of the call (a bad argument, a missing function)
  // into a rejection. The promise call throws it at once, unless it cannot throw or the place makes a
  // throw a rejection anyway.
  const commonJs = context.style === "cjs";
  const calleeRoot = rootName(call.callee);
  const cannotThrow =
    args.every((arg) => evaluatesWithoutThrowing(arg, callPath, commonJs)) &&
    calleeRoot !== null &&
    nameReadableAt(calleeRoot, callPath, commonJs) &&
    (core
      ? !(verdict.route === "promisify" && core.api.promisifiedThrowsSynchronously)
      : call.callee.type === "Identifier" && soleFunctionDeclaration(j, callPath, call.callee.name) !== null);
  if (!cannotThrow && !throwBecomesRejectionAt(path)) return { reason: "wrapper-call-may-throw" };
  const unused = valueUnused(path);
  const typeArguments =
    context.typescript && verdict.route === "promisify" ? (path.node.typeParameters ?? path.node.typeArguments) : null;
  const receiver = !core && call.callee.type === "MemberExpression" ? memberText(call.callee.object) : null;
  const build = () => {
    const current = call.arguments.slice(0, -1);
    let promise =
      verdict.route === "twin"
        ? twinCall(j, core!.namespace!, core!.api, current)
        : promisifiedCall(j, context, memberFrom(j, core ? core.local : text), receiver, current);
    if (verdict.pick === "nothing") promise = unused ? promise : resolving(j, promise, null);
    else if (verdict.pick !== null) promise = resolving(j, promise, verdict.pick);
    // TypeScript: `new Promise<T>` said what it resolves with; promisify's type may know less (`unknown`).
    if (typeArguments && verdict.pick === null) {
      promise = j.tsAsExpression(promise, j.tsTypeReference(j.identifier("Promise"), typeArguments));
      // `await x as T`, `!x as T`, `x as T.then`: the assertion binds looser than where it stands.
      if (!ASSERTION_NEEDS_NO_PARENS.has(path.parent?.node.type)) promise.extra = { parenthesized: true };
    }
    return promise;
  };
  // promisify(exec)'s error also carries stdout and stderr, which the callback got apart.
  const coreRisks = core?.api.valuesOnError && core.api.module === "child_process" ? ["error-carries-output"] : [];
  const risks = core
    ? coreRisks
    : [
        ...(definedInFile(callPath, call.callee) ? [] : ["callee-defined-elsewhere"]),
        ...(receiver?.includes(".") ? ["receiver-read-twice"] : []),
      ];
  return { build, risks };
}

/** Why the wrapper's call cannot be written as a promise call, judged from its shape alone; or null. */
function shapeRefusal(wrapperNode: any, { call }: PromiseWrapper): string | null {
  if (call.optional || call.type === "OptionalCallExpression") return "optional-call";
  if (call.arguments.some((arg: any) => arg.type === "SpreadElement")) return "spread-arguments";
  const executor = wrapperNode.arguments[0];
  // A `function` executor has its own `this`, `arguments` and name, which the call may read.
  if (executor.type === "FunctionExpression" && (usesThis(executor) || usesArguments(executor) || executor.id))
    return "wrapper-executor-uses-this";
  // A callee that is no name (`a.b().c`, `x[k]`) is neither a core API nor a function promisify can take
  // by name (see planWrapper: the same reason comes out there).
  if (!memberText(call.callee)) return "callee-not-a-name";
  return null;
}

/** Places where `x as Promise<T>` reads as it is meant without parentheses. */
const ASSERTION_NEEDS_NO_PARENS = new Set([
  "ReturnStatement",
  "VariableDeclarator",
  "ExpressionStatement",
  "ArrowFunctionExpression",
  "CallExpression",
  "NewExpression",
  "ArrayExpression",
  "ObjectProperty",
  "AssignmentExpression",
]);

/**
 * TypeScript: why the promise's type would not be what the wrapper's was, or null. promisify's type of a
 * function comes from its last signature and its callback's type: a function of this file with one
 * signature, no rest parameter and a typed callback, or a core API typed for it. An untyped
 * `new Promise(...)` is a Promise<unknown>; a `let` it initialises would get the narrower type.
 */
function typeScriptRefusal(
  path: ASTPath<any>,
  core: CoreTarget | null,
  route: "twin" | "promisify",
  callee: any,
): string | null {
  if (route === "promisify" && (core ? core.api.promisifyUntyped : !typedForPromisify(path, callee)))
    return "promisify-type-unknown";
  const parent = path.parent?.node;
  const untyped = !(path.node.typeParameters ?? path.node.typeArguments);
  if (
    untyped &&
    parent?.type === "VariableDeclarator" &&
    !parent.id.typeAnnotation &&
    path.parent.parent?.node.kind !== "const"
  )
    return "promise-type-would-change";
  return null;
}

function typedForPromisify(path: ASTPath<any>, callee: any): boolean {
  if (callee.type !== "Identifier") return false;
  const scope = declaringScope(path, callee.name);
  const bindings = scope?.getBindings()[callee.name];
  const fn = bindings?.length === 1 ? bindings[0].parent?.node : null;
  if (fn?.type !== "FunctionDeclaration" || fn.params.length === 0) return false;
  // The statements of the scope's body: a program's, or a function's block.
  const opened = scope ? (scopeNode(scope) as { body?: unknown }) : null;
  const body = opened?.body as { body?: unknown } | unknown[] | undefined;
  const statements = (Array.isArray(body) ? body : Array.isArray(body?.body) ? body.body : []) as t.Statement[];
  const overloaded = statements.some((statement) => {
    const declared = statement.type === "ExportNamedDeclaration" ? statement.declaration : statement;
    return declared?.type === "TSDeclareFunction" && declared.id?.name === callee.name;
  });
  const last = fn.params[fn.params.length - 1];
  return !overloaded && last.type === "Identifier" && Boolean(last.typeAnnotation);
}

/**
 * For a core API: the twin or promisify, and what the wrapper resolved with when that is not the
 * promise's value: a key of its result object (`stdout`), "nothing" (resolve()), or null (the same).
 */
function coreRoute(
  callPath: ASTPath<any>,
  core: CoreTarget,
  args: any[],
  resolvedValue: number | null,
): { route: "twin" | "promisify"; pick: string | "nothing" | null } | { reason: string } {
  const { api } = core;
  if (api.callback !== "error-first") return { reason: "wrapper-callback-not-error-first" };
  const optionReason = optionRefusal(api, args);
  if (optionReason) return { reason: optionReason };
  if (resolvedValue !== null && resolvedValue >= api.results.length)
    return { reason: "wrapper-resolves-a-later-value" };
  const twin = corePromiseRoute(core, args, callPath) === "twin";
  const pick =
    resolvedValue !== null
      ? api.results.length > 1
        ? api.results[resolvedValue]
        : null
      : api.results.length > 0 || api.promiseMayResolveWithValue
        ? "nothing"
        : null;
  return { route: twin ? "twin" : "promisify", pick };
}

/** A plain name of a function declared in this file (its promisify.custom would be written here). */
function definedInFile(path: ASTPath<any>, callee: any): boolean {
  if (callee.type !== "Identifier") return false;
  const scope = declaringScope(path, callee.name);
  const binding = scope?.getBindings()[callee.name]?.[0];
  const declaration = binding?.parent?.node;
  return Boolean(
    declaration &&
    (isFunctionNode(declaration) || (declaration.type === "VariableDeclarator" && isFunctionNode(declaration.init))),
  );
}

/** `util.promisify` as the file binds it: the callee is `promisify` of util, or `util.promisify`. */
function isUtilPromisify(path: ASTPath<any>, callee: any, bindings: Map<string, ModuleBinding>): boolean {
  if (callee.type === "Identifier") {
    const binding = bindings.get(callee.name);
    return binding?.module === "util" && binding.member === "promisify" && refersToModuleBinding(path, callee.name);
  }
  if (callee.type !== "MemberExpression" || callee.computed || callee.property.name !== "promisify") return false;
  if (callee.object.type === "CallExpression") return requiredModule(callee.object) === "util";
  const binding = callee.object.type === "Identifier" ? bindings.get(callee.object.name) : undefined;
  return binding?.module === "util" && binding.member === null && refersToModuleBinding(path, callee.object.name);
}

/** What `promisify(x)` promisifies, when it has a promise twin: a core API. */
interface Promisified {
  /** `fs/promises`, `stream/promises`. */
  module: string;
  member: string;
  /** `fs` when the API is reached through the module's local name (for `fs.promises.readFile`). */
  namespace: string | null;
  api: CallbackApi;
}

function promisifiedOf(path: ASTPath<any>, argument: any, bindings: Map<string, ModuleBinding>): Promisified | null {
  // Not the timers: `promisify(setTimeout)` reads the promisify.custom of whatever setTimeout is when it
  // runs, fake timers' own (sinon's drives it with the clock); timers/promises is Node's, which they do not.
  const core = argument ? coreApiAt(path, argument, bindings) : null;
  // dns's twins check their arguments before they return a promise, and have resolver settings of their own.
  if (
    !core ||
    core.api.promise.kind !== "twin" ||
    core.api.callback !== "error-first" ||
    core.api.twinThrowsSynchronously
  )
    return null;
  return { module: core.api.promise.promisesModule, member: core.api.name, namespace: core.namespace, api: core.api };
}

/** The twin takes any arguments the callback API took: nothing it needs of them (a path, not a file descriptor; no option that changes it). */
function anyArguments(api: CallbackApi): boolean {
  return !api.twinNeeds?.length;
}

/** `readFile` of `const readFile = promisify(fs.readFile)`: only called, each time with arguments the twin takes alike. */
function onlyCalledAlike(
  j: API["jscodeshift"],
  root: any,
  declarator: ASTPath<any>,
  name: string,
  api: CallbackApi,
): boolean {
  const scope = scopeOf(declarator);
  return findPaths(j, root, "Identifier", (node) => node.name === name)
    .filter(
      (ref: ASTPath<any>) =>
        ref.node !== declarator.node.id &&
        !(
          ref.parent.node.type === "MemberExpression" &&
          ref.parent.node.property === ref.node &&
          !ref.parent.node.computed
        ) &&
        !(ref.parent.node.type === "ObjectProperty" && ref.parent.node.key === ref.node && !ref.parent.node.shorthand),
    )
    .every((ref: ASTPath<any>) => {
      if (declaringScope(ref, name) !== scope) return true;
      const call = ref.parent;
      return (
        call.node.type === "CallExpression" &&
        call.node.callee === ref.node &&
        promiseRoute(api, call.node.arguments, call) === "twin"
      );
    });
}

/**
 * From a plain parse (no recast): whether any site may be converted, and otherwise the wrapper sites
 * and why each stays. Most `new Promise` in real code wraps more than one call, or none: reported from
 * here, the file is never parsed again.
 */
function survey(ast: any, libraryPromise: boolean): { mayConvert: boolean; refused: { node: any; reason: string }[] } {
  const refused: { node: any; reason: string }[] = [];
  let mayConvert = false;
  // Names promisify is bound to here (`promisify`, `const pify = util.promisify`, `{ promisify: p }`),
  // and the callees of one-argument calls of a twin's name or a timer (`x(fs.readFile)`, `x(setTimeout)`).
  const promisifyNames = new Set(["promisify"]);
  const calleesOfTwinNames = new Set<string>();
  walk(ast, (node) => {
    if (mayConvert) return false;
    // A `Promise` of the file's own may make a `new Promise` no site: only scope analysis can tell.
    if (bindsPromise(node)) mayConvert = true;
    if (node.type === "NewExpression") {
      const wrapper = promiseWrapperOf(node);
      const reason = !wrapper
        ? null
        : "reason" in wrapper
          ? wrapper.reason
          : libraryPromise
            ? "library-promise-returned"
            : shapeRefusal(node, wrapper);
      if (reason) refused.push({ node, reason });
      else if (wrapper) mayConvert = true;
    }
    // `Promise = Bluebird`: the full path reports its wrappers as library-promise-returned.
    if (node.type === "AssignmentExpression" && patternNames(node.left).includes("Promise")) mayConvert = true;
    if (
      node.type === "AssignmentExpression" &&
      node.left.type === "MemberExpression" &&
      !node.left.computed &&
      node.left.property.name === "Promise"
    )
      mayConvert = true;
    if (
      node.type === "VariableDeclarator" &&
      node.id.type === "Identifier" &&
      node.init?.type === "MemberExpression" &&
      !node.init.computed &&
      node.init.property.name === "promisify"
    )
      promisifyNames.add(node.id.name);
    if (
      node.type === "ObjectProperty" &&
      !node.computed &&
      node.key.name === "promisify" &&
      node.value.type === "Identifier"
    )
      promisifyNames.add(node.value.name);
    if (node.type === "ImportSpecifier" && (node.imported.name ?? node.imported.value) === "promisify")
      promisifyNames.add(node.local.name);
    if (node.type === "CallExpression" && node.arguments.length === 1) {
      const [argument] = node.arguments;
      const name =
        argument.type === "Identifier"
          ? argument.name
          : argument.type === "MemberExpression" && !argument.computed
            ? argument.property.name
            : null;
      const callee =
        node.callee.type === "Identifier"
          ? node.callee.name
          : node.callee.type === "MemberExpression" && !node.callee.computed
            ? node.callee.property.name
            : null;
      if (name && callee && TWIN_NAMES.has(name)) calleesOfTwinNames.add(callee);
    }
  });
  if ([...calleesOfTwinNames].some((callee) => promisifyNames.has(callee))) mayConvert = true;
  return { mayConvert, refused };
}

/** A declaration of something named `Promise` (a variable, function, class, import, parameter). */
function bindsPromise(node: any): boolean {
  const named = (id: any) => id?.type === "Identifier" && id.name === "Promise";
  if (node.type === "VariableDeclarator") return patternNames(node.id).includes("Promise");
  if (
    node.type === "FunctionDeclaration" ||
    node.type === "ClassDeclaration" ||
    node.type === "ClassExpression" ||
    node.type === "FunctionExpression"
  )
    return named(node.id) || (node.params ?? []).some((param: any) => patternNames(param).includes("Promise"));
  if (node.type === "ArrowFunctionExpression" || node.type === "ObjectMethod" || node.type === "ClassMethod")
    return node.params.some((param: any) => patternNames(param).includes("Promise"));
  if (
    node.type === "ImportSpecifier" ||
    node.type === "ImportDefaultSpecifier" ||
    node.type === "ImportNamespaceSpecifier"
  )
    return named(node.local);
  if (node.type === "CatchClause") return patternNames(node.param).includes("Promise");
  return false;
}

/**
 * What each site of the tree becomes, decided on the file as read: promisify calls first, then wrappers
 * from the last to the first (an inner one is written before the one whose call holds it). Nothing is
 * written here; refusals go to `report`.
 */
function planSites(
  file: FileInfo,
  j: API["jscodeshift"],
  root: any,
  style: ReturnType<typeof printOptionsFor>,
  report: ReportSite,
) {
  const context: Context = {
    root,
    style: moduleStyleOf(j, root, file.path ?? ""),
    quote: style.quote === "single" ? "'" : '"',
    typescript: /\.[cm]?tsx?$/i.test(file.path ?? ""),
  };
  const bindings = moduleBindings(j, root, WRAPPER_MODULES);
  const facts: FileFacts = {
    bindings,
    definesCustomPromisify: definesCustomPromisify(j, root),
    promisify: existingModuleMember(j, context, "util", "promisify"),
  };
  // The file hands out promises of a library (bluebird's `.tap`, `.spread`), or replaces the global one:
  // what a wrapper returns may be used with methods a native promise lacks.
  const libraryPromise = usesPromiseLibrary(file.source) || assignsPromise(j, root);
  const promisifyLocals = new Set<string>();
  const esmImports: { module: string; member: string; local: string }[] = [];

  const writes: (() => void)[] = [];
  const wrapperWrites: (() => void)[] = [];

  findPaths(j, root, "CallExpression").forEach((path: ASTPath<any>) => {
    const { callee, arguments: args } = path.node;
    if (args.length !== 1 || !isUtilPromisify(path, callee, bindings)) return;
    const target = promisifiedOf(path, args[0], bindings);
    if (!target) return;
    const verdict = planPromisify(j, root, path, target, context, esmImports);
    if ("reason" in verdict) return void report(path.node, { kind: "promise-wrapper", reason: verdict.reason });
    if (callee.type === "Identifier") promisifyLocals.add(callee.name);
    const site = path.node;
    writes.push(() => {
      verdict.write();
      report(site, { kind: "promise-wrapper" });
    });
  });

  findPaths(j, root, "NewExpression").forEach((path: ASTPath<any>) => {
    const wrapper = promiseWrapperOf(path.node);
    // Not the global Promise where it is: no site.
    if (!wrapper || declaringScope(path, "Promise")) return;
    const plan =
      "reason" in wrapper
        ? wrapper
        : libraryPromise
          ? { reason: "library-promise-returned" }
          : planWrapper(j, path, wrapper, facts, context);
    if ("reason" in plan) return void report(path.node, { kind: "promise-wrapper", reason: plan.reason });
    const site = path.node;
    const { call } = wrapper as PromiseWrapper;
    wrapperWrites.unshift(() => {
      const statement = j(path).closest(j.Statement);
      const comments = droppedComments(path.node, new Set([...call.arguments.slice(0, -1), call.callee]));
      path.replace(plan.build());
      if (comments.length && statement.size()) {
        const node = statement.get().node;
        node.comments = [
          ...comments.map(({ type, value }: any) => ({ type, value, leading: true, trailing: false })),
          ...(node.comments ?? []).filter((c: any) => !comments.includes(c)),
        ];
      }
      report(site, { kind: "promise-wrapper", risks: plan.risks });
    });
  });

  return { context, writes, wrapperWrites, promisifyLocals, esmImports };
}

export default function transform(file: FileInfo, api: API, _options?: Options): string {
  if (!meta.mayApply(file.source)) return file.source;
  let plain: any = null;
  try {
    plain = plainAst(file.path || "file.js", file.source);
    const { mayConvert, refused } = survey(plain, usesPromiseLibrary(file.source));
    if (!mayConvert) {
      const report = siteReporter(api, meta.name, file.source);
      for (const { node, reason } of refused) report(node, { kind: "promise-wrapper", reason });
      return file.source;
    }
  } catch {
    // The plain parse uses the extension's parser; jscodeshift's own parser may still read the file.
  }
  const j = api.jscodeshift;
  const style = printOptionsFor(file.source);
  // The sites are judged on the plain parse first (judging writes nothing): recast, several times
  // dearer, reads the file only when something will be written.
  if (plain) {
    const { report, flush } = bufferedSiteReporter(api, meta.name, file.source);
    const dry = planSites(file, j, j(plain), style, report);
    if (dry.writes.length + dry.wrapperWrites.length === 0) {
      flush();
      return file.source;
    }
  }
  const root = j(file.source, { tabWidth: style.tabWidth });
  // Sites are judged in two passes and written inside-out: reported at the end, in the file's order.
  const { report, flush: flushReports } = bufferedSiteReporter(api, meta.name, file.source, style.tabWidth);
  const { context, writes, wrapperWrites, promisifyLocals, esmImports } = planSites(file, j, root, style, report);
  if (writes.length + wrapperWrites.length === 0) {
    flushReports();
    return file.source;
  }
  for (const write of [...writes, ...wrapperWrites]) write();
  flushReports();
  // ES module imports of the twins go together, after the file's imports (imports are hoisted anyway).
  const byModule = new Map<string, { member: string; local: string }[]>();
  for (const { module, member, local } of esmImports)
    byModule.set(module, [...(byModule.get(module) ?? []), { member, local }]);
  if (byModule.size)
    insertAtModuleLevel(
      j,
      root,
      [...byModule].map(([module, members]) => importStatement(j, context, module, members)),
    );
  for (const local of promisifyLocals) removeUnusedMemberBinding(j, root, "util", "promisify", local);
  return printFile(root, file.source, file.path || "file.js");
}

/** `f[util.promisify.custom] = ...`, `Symbol.for('nodejs.util.promisify.custom')`, `const { custom } = ...`: a function here promisifies its own way. */
function definesCustomPromisify(j: API["jscodeshift"], root: any): boolean {
  const constant = (node: any): string | null =>
    node.type === "StringLiteral"
      ? node.value
      : node.type === "TemplateLiteral" && node.expressions.length === 0
        ? node.quasis[0].value.cooked
        : null;
  const customOfPromisify = (node: any) => {
    const { property, computed, object } = node;
    const key = computed ? constant(property) : property.name;
    return key === "custom" && /(^|\.)promisify$/.test(memberText(object) ?? "");
  };
  if (someNode(j, root, "MemberExpression", customOfPromisify)) return true;
  const symbolKey = (node: any) => constant(node) === "nodejs.util.promisify.custom";
  if (someNode(j, root, "StringLiteral", symbolKey) || someNode(j, root, "TemplateLiteral", symbolKey)) return true;
  return someNode(j, root, "ObjectPattern", (node) =>
    node.properties.some((property: any) => property.key?.name === "custom"),
  );
}

/** `Promise = ...`, `global.Promise = ...` (and globalThis, window, self). */
function assignsPromise(j: API["jscodeshift"], root: any): boolean {
  return someNode(j, root, "AssignmentExpression", (node) => {
    const left = node.left;
    return (
      (left.type === "Identifier" && left.name === "Promise") ||
      (left.type === "MemberExpression" && !left.computed && left.property.name === "Promise")
    );
  });
}

/** How `promisify(api)` at `path` is written as the twin, or why it stays. */
function planPromisify(
  j: API["jscodeshift"],
  root: any,
  path: ASTPath<any>,
  target: Promisified,
  context: Context,
  esmImports: { module: string; member: string; local: string }[],
): { write: () => void } | { reason: string } {
  const parent = path.parent.node;
  // Its twin, as an expression: `fs.promises.readFile`, or a binding of the twin module's export.
  const twin = () =>
    target.namespace
      ? memberFrom(
          j,
          `${target.namespace}.${target.api.promise.kind === "twin" ? target.api.promise.promisesProperty : "promises"}.${target.member}`,
        )
      : j.identifier(moduleMember(j, context, target.module, target.member, `${target.member}Promise`));
  // `promisify(fs.readFile)(args)`.
  if (parent.type === "CallExpression" && parent.callee === path.node) {
    if (!target.namespace) return { reason: "twin-without-module-binding" };
    if (promiseRoute(target.api, parent.arguments, path.parent) !== "twin")
      return { reason: "twin-differs-for-these-arguments" };
    return { write: () => path.replace(twin()) };
  }
  // `const readFile = promisify(fs.readFile);`
  if (parent.type === "VariableDeclarator" && parent.init === path.node && parent.id.type === "Identifier") {
    const name: string = parent.id.name;
    const declaration = path.parent.parent.node;
    const exported = path.parent.parent.parent.node.type === "ExportNamedDeclaration";
    // Other modules may call an exported one with anything.
    if (!anyArguments(target.api) && (exported || !onlyCalledAlike(j, root, path.parent, name, target.api)))
      return { reason: exported ? "promisified-function-escapes" : "twin-differs-for-some-call" };
    const atModuleLevel = path.parent.parent.parent.node.type === "Program";
    if (!atModuleLevel || declaration.kind !== "const" || declaration.declarations.length !== 1)
      return { write: () => path.replace(twin()) };
    if (context.style === "esm") {
      // One import per module for all of them, with the file's other imports (see transform).
      return {
        write: () => {
          esmImports.push({ module: target.module, member: target.member, local: name });
          const body = path.parent.parent.parent.node.body;
          const at = body.indexOf(declaration);
          const next = body[at + 1];
          if (declaration.comments?.length && next)
            next.comments = [
              ...declaration.comments.map(({ type, value }: any) => ({ type, value, leading: true, trailing: false })),
              ...(next.comments ?? []),
            ];
          body.splice(at, 1);
        },
      };
    }
    return {
      write: () => {
        const statement = importStatement(j, context, target.module, [{ member: target.member, local: name }]);
        statement.comments = declaration.comments;
        path.parent.parent.replace(statement);
      },
    };
  }
  // Anywhere else the promisified function goes on as a value: the twin must take any arguments alike.
  if (!anyArguments(target.api)) return { reason: "promisified-function-escapes" };
  return { write: () => path.replace(twin()) };
}
