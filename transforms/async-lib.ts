// async-lib: calls of the caolan `async` library (waterfall, series, parallel, each*, map*) -> the same
// flow in async/await. The call statement becomes `void (async () => { ... })();`: it still starts its
// tasks at once and returns, as the library did, so nothing around it changes. Inside, the tasks are
// async functions (src/analysis/async-task.ts) awaited in the library's order, and the final callback's
// body follows, its error branch in a `catch` (src/rewrite/async-flow.ts).
import type { API, ASTPath, FileInfo, Options } from "jscodeshift";
import { asyncTaskOf, type AsyncTask, type TaskContext } from "../src/analysis/async-task";
import {
  CAPTURABLE,
  countReferences,
  errorHandlingOf,
  isFunctionLiteral,
  isPropertyName,
  successStatements,
  type ErrorHandling,
} from "../src/analysis/error-first";
import { isFunctionNode, usesArguments, usesAwaitIdentifier, usesThis } from "../src/analysis/functions";
import {
  declarationsAndAssignments,
  moduleBindings,
  refersToModuleBinding,
  statementBindings,
  type ModuleBinding,
} from "../src/analysis/module-bindings";
import { memberFrom } from "../src/rewrite/promise-call";
import { droppedComments } from "../src/rewrite/comments";
import { assignedNames, patternNames } from "../src/analysis/patterns";
import { arrayLiteralOf, isProvablyArray } from "../src/analysis/values";
import { findPaths } from "../src/analysis/walk";
import { convertCallbacks } from "../src/convert/callbacks";
import {
  ASYNC_LIB_FLOWS,
  ASYNC_LIB_MODULES,
  ASYNC_LIB_NOT_CONVERTED,
  ASYNC_LIB_OTHER_FLOWS,
  RETRY_DEFAULTS,
  COLLECTION_FLOWS,
  NULL_ERROR_ON_SUCCESS,
  RESULT_FLOWS,
  SEQUENTIAL_FLOWS,
  type AsyncLibFlow,
} from "../src/knowledge/async-lib";
import { CALLBACK_API_MODULES } from "../src/knowledge/node-core";
import { contractIndex } from "../src/analysis/contracts";
import { CALLBACK_PARAMETER_NAME } from "../src/knowledge/callback-conventions";
import { autoParser } from "../src/parse/parser";
import type { TransformMeta } from "../src/transform-meta";
import { bufferedSiteReporter } from "../src/report/sites";
import {
  autoOrder,
  flowStatements,
  namesOf,
  UNBINDABLE,
  type FlowPlan,
  type FlowTasks,
} from "../src/rewrite/async-flow";
import {
  dropAddedMembers,
  freeName,
  insertAtModuleLevel,
  moduleMember,
  moduleStyleOf,
  programOf,
  removeUnusedMemberBinding,
  type ModuleContext,
} from "../src/rewrite/module-scope";
import { printFile, printOptionsFor } from "../src/rewrite/print";
import { hole, indentUnit, statementsFrom } from "../src/rewrite/snippet";

export const meta: TransformMeta = {
  name: "async-lib",
  description:
    "the caolan `async` library's waterfall, series, parallel, each*, map*, whilst, until, retry, auto -> async/await",
  // Before callbacks-to-async: the tasks it writes are plain async code afterwards.
  order: 8,
  mayApply: (source) => /(?:require\s*\(\s*|from\s+)['"]async['"]/.test(source),
};

export const parser = autoParser;

/** The library function a call reaches: `async.waterfall(...)`, or `waterfall(...)` bound from the module. */
function libraryFunctionOf(
  path: ASTPath<any>,
  bindings: Map<string, ModuleBinding>,
): { name: string; local: string; binding: ModuleBinding } | null {
  const callee = path.node.callee;
  if (callee.type === "Identifier") {
    const binding = bindings.get(callee.name);
    return binding?.member && refersToModuleBinding(path, callee.name)
      ? { name: binding.member, local: callee.name, binding }
      : null;
  }
  if (callee.type !== "MemberExpression" || callee.computed || callee.object.type !== "Identifier") return null;
  const binding = bindings.get(callee.object.name);
  return binding && binding.member === null && refersToModuleBinding(path, callee.object.name)
    ? { name: callee.property.name, local: callee.object.name, binding }
    : null;
}

/** Where the arguments of each flow are. */
function argumentsOf(
  flow: AsyncLibFlow,
  args: any[],
): { tasks: any | null; collection: any | null; limit: any | null; iteratee: any | null; final: any | null } | null {
  if (COLLECTION_FLOWS.has(flow)) {
    const limited = flow.endsWith("Limit");
    const [collection, second, third, fourth] = args;
    const count = limited ? 3 : 2;
    if (args.length !== count && args.length !== count + 1) return null;
    return {
      tasks: null,
      collection,
      limit: limited ? second : null,
      iteratee: limited ? third : second,
      final: (limited ? fourth : third) ?? null,
    };
  }
  if (flow === "whilst" || flow === "until") {
    if (args.length !== 2 && args.length !== 3) return null;
    return {
      tasks: { type: "ArrayExpression", elements: [args[0], args[1]] },
      collection: null,
      limit: null,
      iteratee: null,
      final: args[2] ?? null,
    };
  }
  if (flow === "retry") {
    // `retry(task, cb)` when the first is a function (as the library tells them apart), else `retry(opts, task, cb)`.
    const optionsFirst =
      args.length === 3 ||
      (args.length === 2 &&
        !isFunctionLiteral(args[0]) &&
        args[0].type !== "Identifier" &&
        args[0].type !== "MemberExpression");
    const [options, task, final] = optionsFirst ? args : [null, ...args];
    if (!task || args.length > 3) return null;
    return {
      tasks: { type: "ArrayExpression", elements: [task] },
      collection: null,
      limit: options /* retry reads its options from here */,
      iteratee: null,
      final: final ?? null,
    };
  }
  if (flow === "auto") {
    // `auto(tasks, concurrency, cb)`, or `auto(tasks, cb)`: the library shifts when the second is no
    // number, which the text shows only for a literal or a name called like a callback.
    if (args.length < 1 || args.length > 3) return null;
    const concurrencyGiven = args.length === 3 || (args.length === 2 && args[1].type === "NumericLiteral");
    if (
      args.length === 2 &&
      !concurrencyGiven &&
      !isFunctionLiteral(args[1]) &&
      !(args[1].type === "Identifier" && CALLBACK_PARAMETER_NAME.test(args[1].name))
    )
      return null;
    return {
      tasks: args[0],
      collection: null,
      limit: concurrencyGiven ? args[1] : null,
      iteratee: null,
      final: (concurrencyGiven ? args[2] : args[1]) ?? null,
    };
  }
  if (args.length !== 1 && args.length !== 2) return null;
  return { tasks: args[0], collection: null, limit: null, iteratee: null, final: args[1] ?? null };
}

interface FinalPlan {
  /** What the final callback does with an error, or `reference` for a callback passed by name. */
  handling: ErrorHandling | { kind: "reference"; name: string } | { kind: "none" };
  errorName: string;
  /** Its value parameters. */
  values: string[];
  /** The statements that run on success (and on error too, for `ignored` and a handler that falls through). */
  rest: any[];
}

function finalPlanOf(final: any | null, flow: AsyncLibFlow): FinalPlan | { reason: string } {
  if (!final) return { handling: { kind: "none" }, errorName: "err", values: [], rest: [] };
  if (final.type === "Identifier")
    return { handling: { kind: "reference", name: final.name }, errorName: "err", values: [], rest: [] };
  if (!isFunctionLiteral(final) || final.async || final.generator) return { reason: "final-callback-not-a-function" };
  if (final.params.some((param: any) => param.type !== "Identifier")) return { reason: "final-callback-parameters" };
  if (final.type === "FunctionExpression" && (usesThis(final) || usesArguments(final) || final.id))
    return { reason: "final-callback-uses-this" };
  if (usesAwaitIdentifier(final)) return { reason: "final-callback-uses-await-name" };
  const [err, ...values] = final.params.map((param: any) => param.name as string);
  const body: any[] = final.body.type === "BlockStatement" ? final.body.body : [expressionStatementOf(final.body)];
  if (!err) return { handling: { kind: "ignored" }, errorName: "err", values: [], rest: body };
  let handling = errorHandlingOf(final);
  // Any other use of the error, where the library gives `null` on success: caught into a variable.
  if (handling.kind === "unrecognized" && CAPTURABLE.has(handling.reason) && NULL_ERROR_ON_SUCCESS.has(flow))
    handling = { kind: "captured", successError: "null" };
  if (handling.kind === "unrecognized") return { reason: handling.reason };
  return {
    handling,
    errorName: err,
    values,
    rest: handling.kind === "ignored" ? body : successStatements(handling, body),
  };
}

/** An arrow's expression body as a statement (its value was never used by the library). */
function expressionStatementOf(expression: any): any {
  return { type: "ExpressionStatement", expression };
}

/** retry's options: absent, a number of times, or `{ times, interval }` of number literals. */
function retryOptionsOf(options: any | null): { times: number; interval: number } | { reason: string } {
  // The library reads `+times || 5`: 0 or nothing is 5.
  if (!options) return { ...RETRY_DEFAULTS };
  if (options.type === "NumericLiteral")
    return { times: options.value || RETRY_DEFAULTS.times, interval: RETRY_DEFAULTS.interval };
  if (options.type !== "ObjectExpression") return { reason: "retry-options-not-literal" };
  const found: Record<string, number> = {};
  for (const property of options.properties) {
    const key =
      property.type === "ObjectProperty" && !property.computed ? (property.key.name ?? property.key.value) : null;
    if ((key !== "times" && key !== "interval") || property.value.type !== "NumericLiteral")
      return { reason: "retry-options-not-literal" };
    found[key] = property.value.value;
  }
  return { times: found.times || RETRY_DEFAULTS.times, interval: found.interval ?? RETRY_DEFAULTS.interval };
}

/**
 * auto's tasks: each a function, or `[...names of tasks, function]`; the dependencies by index. What the
 * library would throw on (an unknown name, a cycle) and a concurrency that holds tasks back are refused.
 */
function autoGraphOf(
  values: any[],
  keys: string[],
  concurrency: any | null,
): { functions: any[]; dependencies: number[][] } | { reason: string } {
  // `!concurrency` is no limit; a limit of at least the number of tasks never holds one back.
  if (
    concurrency &&
    !(concurrency.type === "NumericLiteral" && (concurrency.value === 0 || concurrency.value >= keys.length))
  )
    return { reason: "auto-concurrency-limited" };
  const functions: any[] = [];
  const dependencies: number[][] = [];
  for (const value of values) {
    if (value.type !== "ArrayExpression") {
      functions.push(value);
      dependencies.push([]);
      continue;
    }
    const elements: any[] = value.elements;
    if (elements.length === 0 || elements.some((element) => !element || element.type === "SpreadElement"))
      return { reason: "auto-dependencies-not-static" };
    const names = elements.slice(0, -1);
    if (names.some((name) => name.type !== "StringLiteral")) return { reason: "auto-dependencies-not-static" };
    const indices = names.map((name) => keys.indexOf(name.value));
    if (indices.includes(-1)) return { reason: "auto-dependency-unknown" };
    // The library counts a name given twice twice, and its deadlock check then throws from the call.
    if (new Set(indices).size !== indices.length) return { reason: "auto-dependency-repeated" };
    functions.push(elements[elements.length - 1]);
    dependencies.push(indices);
  }
  // A cycle: the library throws from the call.
  if (!autoOrder(dependencies)) return { reason: "auto-dependency-cycle" };
  return { functions, dependencies };
}

export default function transform(file: FileInfo, api: API, _options?: Options): string {
  if (!meta.mayApply(file.source)) return file.source;
  const j = api.jscodeshift;
  const style = printOptionsFor(file.source);
  const root = j(file.source, { tabWidth: style.tabWidth });
  const bindings = moduleBindings(j, root, ASYNC_LIB_MODULES);
  if (bindings.size === 0) return file.source;
  const { report, flush: flushReports } = bufferedSiteReporter(api, meta.name, file.source, style.tabWidth);
  const typescript = /\.[cm]?tsx?$/i.test(file.path ?? "");
  const module: ModuleContext = {
    root,
    style: moduleStyleOf(j, root, file.path ?? ""),
    quote: style.quote === "single" ? "'" : '"',
    typescript,
  };
  const coreBindings = moduleBindings(j, root, CALLBACK_API_MODULES);
  // The bindings a task flattened on its own may use (core modules and util), read once per file.
  let preludeBindings: Map<string, ModuleBinding> | null = null;
  const flatten = (task: ASTPath<any>) =>
    flattenTask(
      api,
      file.path ?? "file.js",
      task,
      (preludeBindings ??= moduleBindings(j, root, new Set([...CALLBACK_API_MODULES, "util"]))),
      module,
    );
  const program = programOf(root);
  const contracts = contractIndex(program, declarationsAndAssignments(program, null), coreBindings);
  const context: TaskContext = { j, bindings: coreBindings, module, flatten, contracts };
  const indent = indentUnit(style);
  // Names the file reads or declares (a property name like `async.mapLimit` takes none).
  const taken = new Set<string>(
    root
      .find(j.Identifier)
      .filter((id: ASTPath<any>) => !isPropertyName(id.node, id.parent?.node))
      .nodes()
      .map((id: any) => id.name),
  );
  // Names assigned, or declared with var or let, anywhere in the file: their value may differ later.
  let changeable: Set<string> | null = null;
  const changeableNames = () =>
    (changeable ??= new Set([
      ...assignedNames(programOf(root)).keys(),
      ...root
        .find(j.VariableDeclaration)
        .filter((d: ASTPath<any>) => d.node.kind !== "const")
        .nodes()
        .flatMap((d: any) => d.declarations.flatMap((declarator: any) => patternNames(declarator.id))),
    ]));
  let helperName: string | null = null;
  const limitHelper = () => (helperName ??= freeName("mapLimit", taken));
  let changed = false;

  // Inner calls first (a flow inside another's task): the outer one then reads the rewritten task.
  const calls = findPaths(j, root, "CallExpression").paths().reverse();
  for (const path of calls) {
    const found = libraryFunctionOf(path, bindings);
    if (!found) continue;
    const flow = ASYNC_LIB_FLOWS.get(found.name);
    if (!flow) {
      const reason =
        ASYNC_LIB_NOT_CONVERTED.get(found.name) ??
        (ASYNC_LIB_OTHER_FLOWS.has(found.name) ? "async-function-not-converted" : null);
      if (reason) report(path.node, { kind: "async-lib", reason });
      continue;
    }
    const plan = planSite(path, flow);
    if ("reason" in plan) {
      report(path.node, { kind: "async-lib", reason: plan.reason });
      continue;
    }
    const site = path.node;
    plan.write();
    changed = true;
    report(site, { kind: "async-lib", risks: plan.risks });
  }

  function planSite(
    path: ASTPath<any>,
    flow: AsyncLibFlow,
  ): { write: () => void; risks: string[] } | { reason: string } {
    const statement = path.parent;
    // `return async.map(..., cb)` returns undefined, as `return void (async () => ...)()` does; without
    // a final callback the library returns a promise, which someone then uses.
    const returned = statement.node.type === "ReturnStatement" && path.node.arguments.length > 0;
    if (statement.node.type !== "ExpressionStatement" && !returned) return { reason: "call-result-used" };
    if (path.node.arguments.some((arg: any) => arg.type === "SpreadElement")) return { reason: "spread-arguments" };
    const args = argumentsOf(flow, path.node.arguments);
    if (!args) return { reason: "arguments-not-recognized" };
    if (returned && !args.final) return { reason: "call-result-used" };
    const argPath = (node: any) =>
      j(path)
        .find(j.Node)
        .filter((p: ASTPath<any>) => p.node === node)
        .paths()[0];
    const final = finalPlanOf(args.final, flow);
    if ("reason" in final) return final;
    const risks: string[] = [];

    // The tasks, each as an async function.
    let taskNodes: any[];
    let keys: string[] | null = null;
    let dependencies: number[][] | undefined;
    if (args.tasks) {
      const tasks = args.tasks;
      if (tasks.type === "ArrayExpression" && flow !== "auto") {
        if (tasks.elements.some((element: any) => !element || element.type === "SpreadElement"))
          return { reason: "tasks-not-a-literal" };
        taskNodes = tasks.elements;
      } else if (tasks.type === "ObjectExpression" && flow !== "waterfall") {
        const properties = tasks.properties;
        if (
          properties.some(
            (p: any) =>
              p.type !== "ObjectProperty" ||
              p.computed ||
              !(p.key.type === "Identifier" || p.key.type === "StringLiteral"),
          )
        )
          return { reason: "tasks-not-a-literal" };
        keys = properties.map((p: any) => (p.key.type === "Identifier" ? p.key.name : p.key.value));
        if (new Set(keys).size !== keys!.length || keys!.includes("__proto__"))
          return { reason: "tasks-not-a-literal" };
        // The library runs them in Object.keys order: integer-like keys first, whatever the source says.
        if (keys!.some((key) => /^(0|[1-9]\d*)$/.test(key))) return { reason: "tasks-object-key-order" };
        taskNodes = properties.map((p: any) => p.value);
        if (flow === "parallel") risks.push("object-results-in-key-order");
        if (flow === "auto") {
          const graph = autoGraphOf(taskNodes, keys!, args.limit);
          if ("reason" in graph) return graph;
          taskNodes = graph.functions;
          dependencies = graph.dependencies;
        }
      } else return { reason: "tasks-not-a-literal" };
      if (taskNodes.length === 0) return { reason: "no-tasks" };
    } else {
      taskNodes = [args.iteratee];
      if (
        flow.endsWith("Limit") &&
        !(args.limit?.type === "NumericLiteral" && Number.isInteger(args.limit.value) && args.limit.value >= 1)
      )
        return { reason: "limit-not-a-literal" };
      // The library visits a hole as undefined; `.map` skips it (also in a `const` holding the literal).
      if (arrayLiteralOf(args.collection, path)?.elements.includes(null)) return { reason: "collection-has-holes" };
      // An object, a Set or a Map written here: the library walks it, the rewrite's `.map` or spread would not.
      if (isProvablyNotArray(args.collection)) return { reason: "collection-not-an-array" };
      if (!isProvablyArray(args.collection, path)) risks.push("collection-assumed-array");
    }
    // whilst/until: the test is a task that calls back with a truth (async 3; async 2's test returned it).
    if (
      (flow === "whilst" || flow === "until") &&
      !(isFunctionLiteral(taskNodes[0]) && (taskNodes[0].async || taskNodes[0].params.length === 1))
    )
      return { reason: "loop-test-not-a-callback-task" };
    const retryOptions = flow === "retry" ? retryOptionsOf(args.limit) : null;
    if (retryOptions && "reason" in retryOptions) return retryOptions;
    const tasks: AsyncTask[] = [];
    for (const [index, node] of taskNodes.entries()) {
      // auto hands a task that waits the results object.
      const arity =
        flow === "waterfall"
          ? index === 0
            ? 0
            : tasks[index - 1].count
          : COLLECTION_FLOWS.has(flow) || (dependencies?.[index]?.length ?? 0) > 0
            ? 1
            : 0;
      const task = asyncTaskOf(context, argPath(node), arity);
      if ("reason" in task) return task;
      if (flow.startsWith("map") && task.count > 1) return { reason: "task-passes-several-values" };
      tasks.push(task);
      for (const risk of task.risks) if (!risks.includes(risk)) risks.push(risk);
    }

    // What the final callback gets, and whether it reads values where the library had partial ones.
    const handling = final.handling;
    const valueCount =
      flow === "waterfall"
        ? tasks[tasks.length - 1].count
        : flow === "retry"
          ? Math.min(tasks[0].count, 1)
          : RESULT_FLOWS.has(flow)
            ? 1
            : 0;
    if (flow === "retry" && tasks[0].count > 1) return { reason: "task-passes-several-values" };
    const block = { type: "BlockStatement", body: final.rest };
    const handlerBody = handling.kind === "handled-exit" ? handling.handler : [];
    const resultNames = final.values
      .slice(0, Math.max(valueCount, 0))
      .filter(
        (name) =>
          countReferences(block, name) > 0 || countReferences({ type: "BlockStatement", body: handlerBody }, name) > 0,
      );
    if (
      final.values.length > valueCount &&
      final.values.slice(valueCount).some((name) => countReferences(block, name) > 0)
    )
      return { reason: "final-callback-parameters" };
    const onErrorToo =
      handling.kind === "ignored" ||
      handling.kind === "captured" ||
      (handling.kind === "handled-exit" && handling.fallsThrough);
    // The caught error's variable is declared around the flow: the tasks must not mean another by its name.
    if (
      handling.kind === "captured" &&
      countReferences(statement.node, final.errorName) > countReferences(args.final, final.errorName)
    )
      return { reason: "name-collision" };
    const readOnError = resultNames.some(
      (name) =>
        (onErrorToo && countReferences(block, name) > 0) ||
        countReferences({ type: "BlockStatement", body: handlerBody }, name) > 0,
    );
    // series, parallel and map get the results so far on an error, waterfall the failing task's values.
    if (readOnError) return { reason: "results-used-on-error" };
    if (final.values.some((name) => UNBINDABLE.has(name))) return { reason: "name-collision" };
    if (handling.kind === "reference" && RESULT_FLOWS.has(flow)) risks.push("results-not-passed-on-error");
    // `if (err) throw err;` threw out of the final callback (an uncaught exception); in the async
    // function it is a rejection nobody handles, which Node reports otherwise.
    if (handling.kind === "rethrow" && handling.check) risks.push("throw-becomes-rejection");
    // The library may finish before the call returns (a task that calls back at once, an empty
    // collection); the await finishes after what follows the call.
    // auto: the tasks that wait start only after one of those that start at once.
    const startingTasks = dependencies ? tasks.filter((_, i) => dependencies[i].length === 0) : tasks;
    const settlesLater =
      SEQUENTIAL_FLOWS.has(flow) && !COLLECTION_FLOWS.has(flow)
        ? tasks[0].alwaysAsync
        : startingTasks.every((task) => task.alwaysAsync) &&
          (!args.collection || (args.collection.type === "ArrayExpression" && args.collection.elements.length > 0));
    // auto: a task that calls back at once starts the tasks waiting for it there and then, before the
    // next task that waits for nothing; the rewrite starts those first.
    if (dependencies?.some((list) => list.length > 0) && !tasks.every((task) => task.alwaysAsync))
      risks.push("tasks-may-start-in-another-order");
    if (!settlesLater) {
      // The final callback may have run before the call returned: code after the call would now run
      // first. Nothing follows it in its function (or the module): only the caller may tell, as a risk.
      const container = statement.parent?.node;
      const owner = statement.parent?.parent?.node;
      const atEnd =
        returned ||
        ((container?.type === "Program" || (container?.type === "BlockStatement" && isFunctionNode(owner))) &&
          container.body[container.body.length - 1] === statement.node);
      if (!atEnd) return { reason: "completion-may-be-synchronous" };
      risks.push("completion-may-have-been-synchronous");
    }

    // The final callback's names are the flow's own, not a task's: a task may take one as a parameter
    // (its value then comes under a new name), but may not read one from outside.
    const finalNames = args.final ? { ...namesOf(args.final), params: new Set<string>() } : null;
    const pieces = [...taskNodes.map(namesOf), ...(finalNames ? [finalNames] : [])];
    if (
      resultNames.some((name) =>
        pieces.slice(0, taskNodes.length).some((names) => names.all.has(name) && !names.params.has(name)),
      )
    )
      return { reason: "name-collision" };
    const taskList: FlowTasks = { tasks, keys, dependencies };

    return {
      risks,
      write: () => {
        const hasTry =
          handling.kind === "handled-exit" ||
          handling.kind === "ignored" ||
          handling.kind === "reference" ||
          handling.kind === "captured";
        const referenceNames =
          handling.kind === "reference"
            ? Array.from({ length: valueCount }, () =>
                freeName(valueCount === 1 && RESULT_FLOWS.has(flow) ? "results" : "result", taken),
              )
            : [];
        const names = handling.kind === "reference" ? referenceNames : resultNames;
        const sharedResults = new Set(
          flow === "waterfall" && hasTry && !readOnError && handling.kind !== "reference" ? names : [],
        );
        // The collection is read where the call was (a throw there stays a throw of the call): passed
        // to the async arrow when it is more than a name. One that may be missing (null, undefined, any
        // falsy value) is read as an empty list, as the library reads it (`arr || []`, `if (!coll)`).
        const plainArray =
          args.collection?.type === "ArrayExpression" &&
          args.collection.elements.every((e: any) => e && e.type.endsWith("Literal") && e.type !== "TemplateLiteral");
        const mayBeMissing = args.collection && !isProvablyArray(args.collection, path);
        const collectionName =
          args.collection && (mayBeMissing || (args.collection.type !== "Identifier" && !plainArray))
            ? freeName("items", taken)
            : null;
        const plan: FlowPlan = {
          flow,
          tasks: taskList,
          reassigned: new Set(assignedNames(statement.node).keys()),
          collection: collectionName ? j.identifier(collectionName) : args.collection,
          limit: args.limit,
          resultNames: names,
          assignResults: hasTry && names.length > 0,
          sharedResults,
          pieces,
          taken,
          limitHelper,
          retry: retryOptions && !("reason" in retryOptions) ? retryOptions : null,
          indent,
          typescript,
        };
        const flowCode = flowStatements(j, plan);
        const code: string[] = [];
        const fills: Record<string, any> = { flow: flowCode, rest: final.rest };
        // auto's tasks add keys to the results: TypeScript would type `results = {}` as `{}`.
        const typed = flow === "auto" && typescript ? ": any" : "";
        if (handling.kind === "captured")
          code.push(
            `let ${[`${final.errorName}${typescript ? ": any" : ""} = null`, ...names.map((name) => name + typed)].join(", ")};`,
          );
        else if (hasTry && names.length) code.push(`let ${names.map((name) => name + typed).join(", ")};`);
        const catchParam = `${final.errorName}${typescript ? ": any" : ""}`;
        if (handling.kind === "handled-exit") {
          fills.handler = handling.handler;
          code.push(
            `try {\n${indent}${hole("flow")};\n} catch (${catchParam}) {\n${indent}${hole("handler")};\n}`,
            `${hole("rest")};`,
          );
        } else if (handling.kind === "captured") {
          const caught = freeName("caught", taken);
          code.push(
            `try {\n${indent}${hole("flow")};\n} catch (${caught}) {\n${indent}${final.errorName} = ${caught};\n}`,
            `${hole("rest")};`,
          );
        } else if (handling.kind === "ignored") {
          code.push(`try {\n${indent}${hole("flow")};\n} catch {}`, `${hole("rest")};`);
        } else if (handling.kind === "reference") {
          code.push(
            `try {\n${indent}${hole("flow")};\n} catch (${catchParam}) {\n${indent}${handling.name}(${final.errorName});\n${indent}return;\n}`,
          );
          code.push(`${handling.name}(${["null", ...names].join(", ")});`);
        } else {
          code.push(`${hole("flow")};`, `${hole("rest")};`);
        }
        fills.collection = mayBeMissing
          ? j.logicalExpression("||", args.collection, j.arrayExpression([]))
          : args.collection;
        // A final callback by name is the one the call was given: read there when the name may change.
        const captured = handling.kind === "reference" && changeableNames().has(handling.name) ? handling.name : null;
        const params = [...(collectionName ? [collectionName] : []), ...(captured ? [captured] : [])];
        const values = [...(collectionName ? [hole("collection")] : []), ...(captured ? [captured] : [])];
        const opening = `void (async (${params.join(", ")}) => {`;
        const closing = `})(${values.join(", ")});`;
        const body = statementsFrom(
          j,
          `${opening}\n${code.map((line) => line.replace(/^/gm, indent)).join("\n")}\n${closing}`,
          fills,
        );
        const [iife] = body;
        const replacement = returned ? j.returnStatement(iife.expression) : iife;
        // Comments of what was not written out (a task's own, the final callback's) go before the block.
        const kept = new Set(droppedComments(replacement, new Set()).map((comment) => comment.value));
        const lost = droppedComments(statement.node, new Set()).filter(
          (comment) => !kept.has(comment.value) && !(statement.node.comments ?? []).includes(comment),
        );
        replacement.comments = [
          ...(statement.node.comments ?? []),
          ...lost.map(({ type, value }) => ({ type, value, leading: true, trailing: false })),
        ];
        statement.replace(replacement);
      },
    };
  }

  if (changed) {
    if (helperName) insertAtModuleLevel(j, root, statementsFrom(j, limitHelperCode(helperName, indent, typescript)));
    for (const [local, binding] of bindings) removeUnusedMemberBinding(j, root, binding.module, binding.member, local);
    dropAddedMembers(j, module, (statement, local) =>
      findPaths(j, root, "Identifier", (node) => node.name === local).some(
        (p: ASTPath<any>) => !isInside(p, statement),
      ),
    );
  }
  flushReports();
  return changed ? printFile(root, file.source, file.path || "file.js") : file.source;
}

const TASK_NAME = "__unpyramidTask";

/**
 * callbacks-to-async on one task, in a file of its own: the file's bindings of core modules and util
 * the task sees, then the task as a function declaration. What comes back is that function, async, its
 * nested callbacks awaits; what the run imported is imported into this file (under this file's names).
 */
function flattenTask(
  api: API,
  filename: string,
  task: ASTPath<any>,
  bindings: Map<string, ModuleBinding>,
  module: ModuleContext,
): { fn: any; risks: string[] } | { reason: string } {
  const j = api.jscodeshift;
  const node = task.node;
  const prelude = new Set<any>();
  for (const [local, binding] of bindings) if (refersToModuleBinding(task, local)) prelude.add(binding.statement.node);
  const params = node.params.map((param: any) => j(param).toSource()).join(", ");
  const body = node.body.type === "BlockStatement" ? j(node.body).toSource() : `{\n${j(node.body).toSource()};\n}`;
  const preludeText = [...prelude].map((statement) => j(statement).toSource()).join("\n");
  const source = `${preludeText}\nfunction ${TASK_NAME}(${params}) ${body}\n`;
  const sites: { outcome: string; reason?: string; risks: string[] }[] = [];
  const runApi = { ...api, report: () => {}, unpyramid: { site: (site: any) => sites.push(site) } } as unknown as API;
  const result = convertCallbacks({ path: filename, source }, runApi, {
    transform: "callbacks-to-async",
    loops: false,
    refused: new Map(),
  });
  if (!("source" in result) || result.source === source)
    return { reason: sites.find((site) => site.reason)?.reason ?? "callback-called-from-nested-function" };
  const skipped = sites.find((site) => site.outcome === "skipped");
  if (skipped) return { reason: skipped.reason! };
  const out = j(result.source);
  const fn = out.find(j.FunctionDeclaration, { id: { name: TASK_NAME } }).paths()[0]?.node;
  if (!fn?.async) return { reason: "callback-called-from-nested-function" };
  // What the run imported (promisify, a promises module): this file's binding of it, renamed to.
  const before = new Set([...prelude].map((statement) => j(statement).toSource()));
  for (const statement of out.find(j.Program).get().node.body) {
    if (statement === fn || before.has(j(statement).toSource())) continue;
    const bound = statementBindings(statement);
    if (bound.length === 0) return { reason: "callback-called-from-nested-function" };
    if (bound.some(({ member }) => member === null)) return { reason: "callback-called-from-nested-function" };
    for (const { local, module: from, member } of bound) {
      const code = moduleMember(j, module, from, member!, local);
      if (code === local) continue;
      j(fn)
        .find(j.Identifier, { name: local })
        .filter((id: ASTPath<any>) => !isPropertyName(id.node, id.parent?.node))
        .forEach((id: ASTPath<any>) => void id.replace(memberFrom(j, code)));
    }
  }
  const risks = [...new Set(sites.flatMap((site) => site.risks))];
  return { fn, risks };
}

/** A collection written as something other than an array: an object literal, `new Set/Map(...)`, a string. */
function isProvablyNotArray(node: any): boolean {
  if (node.type === "ObjectExpression" || node.type === "StringLiteral" || node.type === "TemplateLiteral") return true;
  return (
    node.type === "NewExpression" &&
    node.callee.type === "Identifier" &&
    ["Set", "Map", "WeakSet", "WeakMap", "Object", "String"].includes(node.callee.name)
  );
}

function isInside(path: ASTPath<any>, node: any): boolean {
  for (let up: ASTPath<any> | null = path; up; up = up.parent) if (up.node === node) return true;
  return false;
}

/**
 * async's eachLimit/mapLimit: at most `limit` calls at a time, results in input order, none started
 * after an error. The items are spread into a list first, as the library fixes the list at the start:
 * an iterable (a Set, a string) goes through as the library takes it, and an object that is not
 * iterable throws (as `.map` does for each/map: collection-assumed-array), where reading its `length`
 * would have answered `[undefined]` with no error.
 */
function limitHelperCode(name: string, indent: string, typescript: boolean): string {
  const signature = typescript
    ? `${name}<T, R>(collection: Iterable<T>, limit: number, fn: (item: T) => Promise<R>): Promise<R[]>`
    : `${name}(collection, limit, fn)`;
  const lines = [
    `// At most \`limit\` calls of fn at a time, as async's mapLimit: results in input order, none started after an error.`,
    `async function ${signature} {`,
    `${indent}const items = [...collection];`,
    `${indent}const results${typescript ? ": R[]" : ""} = new Array(items.length);`,
    `${indent}let next = 0;`,
    `${indent}let failed = false;`,
    `${indent}const worker = async () => {`,
    `${indent}${indent}while (!failed && next < items.length) {`,
    `${indent}${indent}${indent}const index = next++;`,
    `${indent}${indent}${indent}try {`,
    `${indent}${indent}${indent}${indent}results[index] = await fn(items[index]);`,
    `${indent}${indent}${indent}} catch (err) {`,
    `${indent}${indent}${indent}${indent}failed = true;`,
    `${indent}${indent}${indent}${indent}throw err;`,
    `${indent}${indent}${indent}}`,
    `${indent}${indent}}`,
    `${indent}};`,
    `${indent}await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));`,
    `${indent}return results;`,
    `}`,
  ];
  return lines.join("\n");
}
