// A task of the `async` library (a function it calls with a callback, or an async function it awaits)
// as an async function that returns what the task passed on and throws what it called back with as an
// error. A function literal is rewritten on a copy: a last call that hands the callback to a core API
// (`fs.readFile(p, cb)`) awaits the API's promise form instead, and every call of the callback becomes
// a `return` or a `throw` (the same rewrite as a callback-API function: src/rewrite/callback-api.ts).
import type { ASTPath, JSCodeshift } from "jscodeshift";
import { callbackApiRefusal } from "./callback-api";
import { coreApiAt, optionRefusal, syncCallbackRefusal } from "./core-api";
import { forEachReference, isFunctionLiteral } from "./error-first";
import {
  isFunctionNode,
  memberText,
  rootName,
  soleFunctionDeclaration,
  usesArguments,
  usesAwaitIdentifier,
  usesThis,
  walkOwnBody,
} from "./functions";
import type { ModuleBinding } from "./module-bindings";
import { patternNames } from "./patterns";
import { walk } from "./walk";
import { returnInsteadOfCallback } from "../rewrite/callback-api";
import { corePromiseCall, memberFrom, promisifiedCall } from "../rewrite/promise-call";
import type { ContractIndex } from "./contracts";
import type { ModuleContext } from "../rewrite/module-scope";

export interface AsyncTask {
  /**
   * What to call: an async arrow written from the task (`async (text) => { ...; return x; }`), or the
   * name of a function to call (an async function declared in the file), or an arrow around a
   * promise call (`(file) => fs.promises.stat(file)`).
   */
  fn: any;
  /** For a task passed by name: its promise call with the given arguments (`fs.promises.stat(file)`). */
  callWith?: (args: any[]) => any;
  /** Written from a function taking a callback: what it returns is the value it passed, as it was. */
  fromCallback?: boolean;
  /** How many values it passes on (its callback's values after the error); an async function's: 1. */
  count: number;
  /** It settles only from an asynchronous API, never before the call that started it returns. */
  alwaysAsync: boolean;
  risks: string[];
}

export interface TaskContext {
  j: JSCodeshift;
  bindings: Map<string, ModuleBinding>;
  module: ModuleContext;
  /**
   * callbacks-to-async on a task whose callback is called from nested callbacks (`fs.readFile(p, (err,
   * text) => { if (err) return cb(err); cb(null, text); })`): the task as an async function still taking
   * its callback, with those callbacks flattened into awaits, and the risks of that; or why not.
   */
  flatten: (task: ASTPath<any>) => { fn: any; risks: string[] } | { reason: string };
  /** The contracts of the file's functions, for tasks that hand their callback to one. */
  contracts?: ContractIndex;
}

/** `node` (a task, at `path`) as an async function, or why it cannot be one. */
export function asyncTaskOf(
  context: TaskContext,
  path: ASTPath<any>,
  arity: number | null,
): AsyncTask | { reason: string } {
  const node = path.node;
  if (isFunctionLiteral(node))
    return node.async ? asyncLiteral(context, node, arity) : callbackLiteral(context, path, arity);
  return referencedTask(context, path, arity);
}

/** An `async` function literal: the library calls it without a callback and awaits it. */
function asyncLiteral({ j }: TaskContext, node: any, arity: number | null): AsyncTask | { reason: string } {
  if (node.generator) return { reason: "task-is-a-generator" };
  // An iteratee gets the item alone from the library; `.map` would hand it the index too.
  if (arity === 1 && node.params.length > 1) return { reason: "task-parameters" };
  // The library wraps a rejection that is no Error (`throw 'boom'`) in `new Error(...)`; a name thrown
  // (`throw err`) usually holds an Error, which only a person can tell.
  let throwsOther = false;
  let throwsName = false;
  if (node.body.type === "BlockStatement") {
    walkOwnBody(node.body, (inner) => {
      if (inner.type !== "ThrowStatement") return;
      const thrown = inner.argument;
      if (thrown.type === "Identifier" && thrown.name !== "undefined") throwsName = true;
      else if (thrown.type !== "NewExpression") throwsOther = true;
    });
  }
  if (throwsOther) return { reason: "task-throws-a-non-error" };
  const arrow = asArrow(j, node);
  if (!arrow) return { reason: "task-uses-this" };
  return { fn: arrow, count: 1, alwaysAsync: true, risks: throwsName ? ["thrown-value-may-not-be-an-error"] : [] };
}

/** A function literal that takes a callback last. */
function callbackLiteral(
  context: TaskContext,
  path: ASTPath<any>,
  arity: number | null,
): AsyncTask | { reason: string } {
  const { j } = context;
  const original = path.node;
  if (original.generator) return { reason: "task-is-a-generator" };
  if (original.params.length === 0 || original.params.some((param: any) => param.type !== "Identifier"))
    return { reason: "task-parameters" };
  // The library calls it with exactly the values it hands on and the callback: `(a, b, cb)` given one
  // value would get the callback as `b`.
  if (arity !== null && original.params.length !== arity + 1) return { reason: "task-parameters" };
  if (original.type === "FunctionExpression" && (usesThis(original) || usesArguments(original) || original.id))
    return { reason: "task-uses-this" };
  if (usesAwaitIdentifier(original)) return { reason: "task-uses-await-name" };
  // Rewritten on a copy: the site may still be refused after its tasks were judged. Callbacks nested
  // in it that call the task's callback are flattened first, by callbacks-to-async.
  const flattenRisks: string[] = [];
  let source = j(original).toSource();
  if (callsBackFromNestedFunction(original)) {
    const flat = context.flatten(path);
    if ("reason" in flat) return flat;
    source = j(flat.fn).toSource();
    flattenRisks.push(...flat.risks);
  }
  const copy = j(`(${source});`).find(j.Function).paths()[0];
  const fn: any = copy.node;
  fn.type = fn.type === "FunctionDeclaration" ? "FunctionExpression" : fn.type;
  fn.id = null;
  fn.async = false;
  if (fn.body.type !== "BlockStatement") fn.body = j.blockStatement([j.expressionStatement(fn.body)]);
  const callback: string = fn.params[fn.params.length - 1].name;

  // A call that hands the callback on (`fs.readFile(p, cb)`): the API's promise form, awaited.
  const handedOn = handOffs(j, copy, callback);
  if ("reason" in handedOn) return handedOn;
  const ownNames = namesDeclaredIn(fn);
  let counts = new Set<number>();
  const handoffRisks = new Set<string>();
  for (const handoff of handedOn.calls) {
    // Judged where the task stands (the copy has no scope of the file): a name of its own is no module.
    const root = rootName(handoff.call.callee);
    const target = root && !ownNames.has(root) ? coreApiAt(path, handoff.call.callee, context.bindings) : null;
    if (!target && root && !ownNames.has(root)) {
      // A function of the file whose contract is proven: its promisified form, awaited.
      const user = userHandoff(context, handoff);
      if (user && "reason" in user) return user;
      if (user) {
        counts.add(user.values);
        if (user.assumed) handoffRisks.add("callback-contract-assumed");
        writeAwaitedHandoff(context, handoff, user.promiseCall, user.values, callback);
        continue;
      }
    }
    if (!target || target.api.callback !== "error-first") return { reason: "callback-handed-to-unknown-api" };
    const refusal =
      optionRefusal(target.api, handoff.call.arguments.slice(0, -1)) ??
      syncCallbackRefusal(target.api, handoff.call.arguments.slice(0, -1), path);
    if (refusal) return { reason: refusal };
    if (target.api.results.length > 1 || target.api.valuesOnError || target.api.promiseMayResolveWithValue)
      return { reason: "task-passes-several-values" };
    counts.add(target.api.results.length);
    const args = handoff.call.arguments.slice(0, -1);
    const promiseCall = corePromiseCall(context.j, context.module, target, args, handoff.statement);
    writeAwaitedHandoff(context, handoff, promiseCall, target.api.results.length, callback);
  }
  // Several values (`cb(null, a, b)`) are passed on as one array.
  const values = valueCounts(fn, callback, true);
  if ("reason" in values) return values;
  counts = new Set([...counts, ...values.counts]);
  if (arity !== null && counts.size > 1) return { reason: "task-passes-values-unevenly" };
  const refusal = callbackApiRefusal(fn);
  if (refusal) return { reason: refusal };
  // A throw in the task escaped the library (to whoever called back, often as an uncaught exception);
  // in the async function it is the flow's error, which the final callback's error branch gets.
  const statements =
    original.body.type === "BlockStatement"
      ? original.body.body
      : [{ type: "ExpressionStatement", expression: original.body }];
  const mayThrow = !statements.every((statement: any) => isPlainCallbackStatement(statement, callback));
  returnInsteadOfCallback(j, copy);
  fn.async = true;
  const arrow = asArrow(j, fn)!;
  // `cb(null, promise)` passed the promise itself; an async function returning it passes its result.
  let thenable = false;
  walkOwnBody(
    fn.body,
    (node) => {
      if (node.type === "ReturnStatement" && node.argument && !isNeverThenable(node.argument)) thenable = true;
    },
    false,
  );
  return {
    fn: arrow,
    fromCallback: true,
    count: counts.size ? Math.max(...counts) : 0,
    alwaysAsync: startsWithAwait(arrow.body),
    risks: [
      ...flattenRisks,
      ...handoffRisks,
      ...(mayThrow ? ["task-throw-reaches-final-callback"] : []),
      ...(thenable ? ["thenable-value-awaited"] : []),
    ],
  };
}

interface HandOff {
  call: any;
  statement: ASTPath<any>;
}

/** The calls in the function's own body that take the callback as their last argument, each a statement of a block. */
function handOffs(j: JSCodeshift, fn: ASTPath<any>, callback: string): { calls: HandOff[] } | { reason: string } {
  const calls: HandOff[] = [];
  let reason: string | null = null;
  j(fn)
    .find(j.CallExpression)
    .forEach((call: ASTPath<any>) => {
      const args = call.node.arguments;
      const last = args[args.length - 1];
      if (
        last?.type !== "Identifier" ||
        last.name !== callback ||
        (call.node.callee.type === "Identifier" && call.node.callee.name === callback)
      )
        return;
      for (let up = call.parent; up && up.node !== fn.node; up = up.parent) if (isFunctionNode(up.node)) return;
      const statement = call.parent;
      const inBlock = statement.parent?.node.type === "BlockStatement";
      const isStatement =
        (statement.node.type === "ExpressionStatement" || statement.node.type === "ReturnStatement") && inBlock;
      if (!isStatement || args.slice(0, -1).some((arg: any) => arg.type === "SpreadElement"))
        reason ??= "callback-escapes";
      else calls.push({ call: call.node, statement });
    });
  return reason ? { reason } : { calls };
}

/** `fs.readFile(p, cb);` -> `cb(null, await fs.promises.readFile(p));`, or `await ...; cb();` for an API with no value. */
function writeAwaitedHandoff(
  { j }: TaskContext,
  { statement }: HandOff,
  promiseCall: Parameters<JSCodeshift["awaitExpression"]>[0],
  values: number,
  callback: string,
): void {
  const awaited = j.awaitExpression(promiseCall);
  const returns = statement.node.type === "ReturnStatement";
  const body: any[] = statement.parent.node.body;
  const index = body.indexOf(statement.node);
  const callbackCall = (argsOf: any[]) => j.callExpression(j.identifier(callback), argsOf);
  const replacement =
    values === 1
      ? [
          returns
            ? j.returnStatement(callbackCall([j.nullLiteral(), awaited]))
            : j.expressionStatement(callbackCall([j.nullLiteral(), awaited])),
        ]
      : [
          j.expressionStatement(awaited),
          returns ? j.returnStatement(callbackCall([])) : j.expressionStatement(callbackCall([])),
        ];
  replacement[0].comments = statement.node.comments;
  body.splice(index, 1, ...replacement);
}

/**
 * A hand-off to a function of the file (`lookup(7, cb)`, `store.get(k, cb)`) whose contract is proven,
 * passing no value or one on success: its promisified call; why not, when the function is the file's
 * but its contract fails; null when the callee is no function of the file.
 */
function userHandoff(
  { j, module, contracts }: TaskContext,
  { call }: HandOff,
):
  | { promiseCall: Parameters<JSCodeshift["awaitExpression"]>[0]; values: number; assumed: boolean }
  | { reason: string }
  | null {
  const definition = contracts?.definitionOf(call.callee);
  if (!definition) return null;
  if (call.arguments.length !== definition.params.length) return { reason: "argument-count-differs" };
  const contract = contracts!.contractOf(definition);
  if (!contract.ok) return { reason: contract.reason };
  if (contract.values === null || contract.values > 1) return { reason: "task-passes-several-values" };
  const text = memberText(call.callee);
  if (!text) return null;
  const receiver = call.callee.type === "MemberExpression" ? memberText(call.callee.object) : null;
  const promiseCall = promisifiedCall(j, module, memberFrom(j, text), receiver, call.arguments.slice(0, -1));
  return { promiseCall, values: contract.values, assumed: contract.assumed };
}

/** The number of values each direct call of the callback passes; several become one array. */
function valueCounts(fn: any, callback: string, rewrite: boolean): { counts: Set<number> } | { reason: string } {
  const counts = new Set<number>();
  let reason: string | null = null;
  walkOwnBody(
    fn.body,
    (node) => {
      if (node.type !== "CallExpression" || node.callee.type !== "Identifier" || node.callee.name !== callback) return;
      const [first, ...values] = node.arguments;
      // `cb(false)` stops the library's run without a final callback: nothing here says that.
      if (first?.type === "BooleanLiteral" && !first.value) reason ??= "task-cancels-run";
      const isValue =
        !first || first.type === "NullLiteral" || (first.type === "Identifier" && first.name === "undefined");
      if (!isValue) return;
      if (values.some((value: any) => value.type === "SpreadElement")) reason ??= "spread-arguments";
      counts.add(values.length);
      if (values.length > 1 && rewrite) node.arguments = [first, { type: "ArrayExpression", elements: values }];
    },
    false,
  );
  return reason ? { reason } : { counts };
}

/** The function as an async arrow, when nothing in it tells the two apart; null when it reads `this`. */
function asArrow(j: JSCodeshift, fn: any): any | null {
  if (fn.type === "ArrowFunctionExpression") return fn;
  if (usesThis(fn) || usesArguments(fn) || fn.id) return null;
  const arrow = j.arrowFunctionExpression(fn.params, fn.body);
  arrow.async = fn.async;
  return arrow;
}

/**
 * A task passed by name: a core API (`fs.stat`), a function declared in this file taking a callback
 * (util.promisify of it), or an async function declared in this file.
 */
function referencedTask(
  context: TaskContext,
  path: ASTPath<any>,
  arity: number | null,
): AsyncTask | { reason: string } {
  const { j, module } = context;
  const node = path.node;
  const names = Array.from({ length: arity ?? 1 }, (_, i) =>
    j.identifier(arity === 1 || arity === null ? "item" : `value${i + 1}`),
  );
  const target =
    node.type === "Identifier" || node.type === "MemberExpression" ? coreApiAt(path, node, context.bindings) : null;
  if (target) {
    if (target.api.callback !== "error-first") return { reason: "task-not-error-first" };
    if (target.api.results.length > 1 || target.api.valuesOnError || target.api.promiseMayResolveWithValue)
      return { reason: "task-passes-several-values" };
    const callWith = (args: any[]) => corePromiseCall(j, module, target, args, path);
    return {
      fn: j.arrowFunctionExpression(names, callWith(names)),
      callWith,
      count: target.api.results.length,
      alwaysAsync: true,
      risks: [],
    };
  }
  if (node.type !== "Identifier") return { reason: "task-not-a-known-function" };
  const declaration = soleFunctionDeclaration(j, path, node.name);
  if (!declaration) return { reason: "task-not-a-known-function" };
  if (declaration.async) {
    if (declaration.generator) return { reason: "task-is-a-generator" };
    const callWith = (args: any[]) => j.callExpression(j.identifier(node.name), args);
    return { fn: j.arrowFunctionExpression(names, callWith(names)), callWith, count: 1, alwaysAsync: true, risks: [] };
  }
  // util.promisify resolves with the first value: the function must pass on one at most.
  const last = declaration.params[declaration.params.length - 1];
  if (last?.type !== "Identifier" || (arity !== null && declaration.params.length !== arity + 1))
    return { reason: "task-parameters" };
  // The values get the function's own parameter names.
  if (declaration.params.every((param: any) => param.type === "Identifier"))
    names.splice(0, names.length, ...declaration.params.slice(0, -1).map((param: any) => j.identifier(param.name)));
  // Every use of its callback, nested callbacks included, is a call with one value at most.
  let reason: string | null = null;
  const counts = new Set<number>();
  forEachReference(declaration.body, last.name, (id, ancestors) => {
    const parent = ancestors[ancestors.length - 1];
    if (parent?.type !== "CallExpression" || parent.callee !== id) reason ??= "callback-escapes";
    else if (parent.arguments.length > 2 || parent.arguments.some((arg: any) => arg.type === "SpreadElement"))
      reason ??= "task-passes-several-values";
    else counts.add(Math.max(parent.arguments.length - 1, 0));
  });
  if (reason) return { reason };
  const callWith = (args: any[]) => promisifiedCall(j, module, j.identifier(node.name), null, args);
  return {
    fn: j.arrowFunctionExpression(names, callWith(names)),
    callWith,
    count: counts.size ? Math.max(...counts) : 0,
    alwaysAsync: false,
    risks: [],
  };
}

/** Every name the function declares: parameters, variables, functions and classes, at any depth. */
function namesDeclaredIn(fn: any): Set<string> {
  const names = new Set<string>();
  for (const param of fn.params) for (const name of patternNames(param)) names.add(name);
  walk(fn.body, (node) => {
    if (node.type === "VariableDeclarator") for (const name of patternNames(node.id)) names.add(name);
    if ((node.type === "FunctionDeclaration" || node.type === "ClassDeclaration") && node.id) names.add(node.id.name);
    if (isFunctionNode(node)) for (const param of node.params) for (const name of patternNames(param)) names.add(name);
    if (node.type === "CatchClause" && node.param) for (const name of patternNames(node.param)) names.add(name);
  });
  return names;
}

/** `cb(null, x)`, `return fs.stat(p, cb)`: a call of the callback, or one handing it on, with plain names and literals. */
function isPlainCallbackStatement(statement: any, callback: string): boolean {
  const call =
    statement.type === "ExpressionStatement"
      ? statement.expression
      : statement.type === "ReturnStatement"
        ? statement.argument
        : null;
  if (call?.type !== "CallExpression") return false;
  // A name may hold anything (`fs.readFile(undefined, cb)` throws at once): only literals are plain.
  const plain = (node: any) =>
    (node.type === "Identifier" && node.name === callback) ||
    node.type === "StringLiteral" ||
    node.type === "NumericLiteral" ||
    node.type === "NullLiteral" ||
    node.type === "BooleanLiteral";
  const callsBack = call.callee.type === "Identifier" && call.callee.name === callback;
  const handsOn =
    call.arguments[call.arguments.length - 1]?.type === "Identifier" &&
    call.arguments[call.arguments.length - 1].name === callback;
  return (
    (callsBack || handsOn) &&
    call.arguments.every(plain) &&
    (callsBack || call.callee.type === "MemberExpression" || call.callee.type === "Identifier")
  );
}

/** The function's last parameter (its callback) is read inside a function nested in it. */
function callsBackFromNestedFunction(fn: any): boolean {
  const last = fn.params[fn.params.length - 1];
  if (last?.type !== "Identifier") return false;
  let nested = false;
  forEachReference(fn.body, last.name, (_id, ancestors) => {
    if (ancestors.some(isFunctionNode)) nested = true;
  });
  return nested;
}

/** Every path through the body awaits before anything else: it never settles before its call returns. */
export function startsWithAwait(body: any): boolean {
  const [first] = body.type === "BlockStatement" ? body.body : [{ type: "ReturnStatement", argument: body }];
  if (!first) return false;
  if (first.type === "TryStatement") return startsWithAwait(first.block);
  const expression =
    first.type === "VariableDeclaration"
      ? first.declarations[0]?.init
      : first.type === "ExpressionStatement"
        ? first.expression
        : first.type === "ReturnStatement"
          ? first.argument
          : null;
  const value = expression?.type === "AssignmentExpression" ? expression.right : expression;
  return value?.type === "AwaitExpression";
}

/** A value that is certainly no thenable: a primitive, an array, an awaited result, an object literal without `then`. */
function isNeverThenable(node: any): boolean {
  switch (node.type) {
    case "StringLiteral":
    case "NumericLiteral":
    case "BooleanLiteral":
    case "NullLiteral":
    case "TemplateLiteral":
    case "BinaryExpression":
    case "UnaryExpression":
    case "UpdateExpression":
    case "AwaitExpression":
    case "ArrayExpression":
      return true;
    case "Identifier":
      return node.name === "undefined";
    case "ObjectExpression":
      return node.properties.every(
        (p: any) => p.type === "ObjectProperty" && !p.computed && (p.key.name ?? p.key.value) !== "then",
      );
    default:
      return false;
  }
}
