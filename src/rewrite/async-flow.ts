// The statements that do what one call of the `async` library did, with its tasks as async functions
// (src/analysis/async-task.ts): awaits one after another (waterfall, series, *Series), Promise.all
// (parallel, each, map), or a small helper for the *Limit ones. A task's body is written in place when
// nothing tells the two apart (its only return is its last statement, and no name it declares means
// something else in the flow); otherwise it is called where it stands.
import type { JSCodeshift } from "jscodeshift";
import { startsWithAwait, type AsyncTask } from "../analysis/async-task";
import { isPropertyName } from "../analysis/error-first";
import { isFunctionNode, walkOwnBody } from "../analysis/functions";
import { assignedNames, patternNames } from "../analysis/patterns";
import { walk } from "../analysis/walk";
import type { AsyncLibFlow } from "../knowledge/async-lib";
import { freeName } from "./module-scope";
import { statementsFrom } from "./snippet";

/** The tasks of a site: a list, or an object's keys with their tasks (series, parallel). */
export interface FlowTasks {
  tasks: AsyncTask[];
  /** For tasks given as an object: its keys, in order. */
  keys: string[] | null;
  /** auto: the tasks each task waits for, by index. */
  dependencies?: number[][];
}

export interface FlowPlan {
  flow: AsyncLibFlow;
  tasks: FlowTasks;
  /** The collection (each*, map*) and the limit (*Limit). */
  collection: any | null;
  limit: any | null;
  /** Names the final callback gives its values (waterfall: the last task's; the others: the results). */
  resultNames: string[];
  /** The final values go to names declared before a `try` (assigned here, not declared). */
  assignResults: boolean;
  /**
   * Result names a task may share as its parameter (waterfall): one variable, assigned on the way.
   * Only when the final callback does not read it on error, where it would now hold a middle value.
   */
  sharedResults: Set<string>;
  /** What each task's code mentions, then the final callback's (see namesOf). */
  pieces: Names[];
  /** Every name the file uses: new names avoid them. */
  taken: Set<string>;
  /** The name of the *Limit helper, which the file gets when a flow needs it. */
  limitHelper: () => string;
  /** retry's attempts and the milliseconds between them. */
  retry: { times: number; interval: number } | null;
  /** Names the site's code assigns to (`text = text.trim()`, `x++`): their declarations are `let`. */
  reassigned: Set<string>;
  /** One indentation step in the file's style; TypeScript (a catch parameter gets `: any`). */
  indent: string;
  typescript: boolean;
}

/** The names a piece of code mentions, and those it mentions inside functions nested in it. */
export interface Names {
  all: Set<string>;
  nested: Set<string>;
  /** A function's own parameter names. */
  params: Set<string>;
}

export function namesOf(node: any): Names {
  const all = new Set<string>();
  const nested = new Set<string>();
  const visit = (current: any, inside: boolean) =>
    walk(current, (child, parent) => {
      if ((child.type === "Identifier" || child.type === "JSXIdentifier") && !(parent && isPropertyName(child, parent)))
        (inside ? nested : all).add(child.name);
      // Types name no values (`(err: Error, n?: number) => void` declares no `n`).
      if (
        child.type.startsWith("TS") &&
        child.type !== "TSAsExpression" &&
        child.type !== "TSNonNullExpression" &&
        child.type !== "TSSatisfiesExpression"
      )
        return false;
      if (child !== current && isFunctionNode(child)) {
        visit(child, true);
        return false;
      }
    });
  visit(node, false);
  for (const name of nested) all.add(name);
  const params = new Set<string>(isFunctionNode(node) ? node.params.flatMap((param: any) => patternNames(param)) : []);
  return { all, nested, params };
}

/** The statements of the flow, ending with its values bound to `plan.resultNames`. */
export function flowStatements(j: JSCodeshift, plan: FlowPlan): any[] {
  switch (plan.flow) {
    case "waterfall":
      return waterfall(j, plan);
    case "series":
      return series(j, plan);
    case "parallel":
      return parallel(j, plan);
    case "whilst":
    case "until":
      return loop(j, plan);
    case "retry":
      return retry(j, plan);
    case "auto":
      return auto(j, plan);
    default:
      return overCollection(j, plan);
  }
}

/**
 * `task` written out in place, given values under `params`: its statements and the value it passes on.
 * `alone`: the place is a function of its own that starts where the library called the task (auto).
 */
function inlined(
  task: AsyncTask,
  params: string[],
  others: Names[],
  alone = false,
): { statements: any[]; value: any | null } | null {
  const fn = task.fn;
  // A task passed by name is called (see called); a literal is written out.
  if (task.callWith || fn.type !== "ArrowFunctionExpression" || fn.params.length !== params.length) return null;
  if (fn.params.some((param: any, i: number) => param.type !== "Identifier" || param.name !== params[i])) return null;
  if (fn.body.type !== "BlockStatement") return { statements: [], value: resolved(task, fn.body) };
  const body: any[] = fn.body.body;
  const last = body[body.length - 1];
  let returns = 0;
  walkOwnBody(fn.body, (node) => void (node.type === "ReturnStatement" && returns++), false);
  const endsInReturn = last?.type === "ReturnStatement";
  if (returns > (endsInReturn ? 1 : 0)) return null;
  // An async task settles after its call returned, even with no await in it: written in place it
  // must await before anything else, or it would run to its end at once.
  if (!task.fromCallback && !alone && !startsWithAwait(fn.body)) return null;
  // What it declares becomes a name of the flow's function: nothing else there may mention it.
  const declared = new Set<string>();
  for (const statement of body) {
    if ((statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration") && statement.id)
      declared.add(statement.id.name);
  }
  let hasVar = false;
  walkOwnBody(fn.body, (node) => {
    if (node.type === "VariableDeclaration")
      for (const d of node.declarations) for (const name of patternNames(d.id)) declared.add(name);
    // A `var` is one per function: in a loop, every round would share it.
    if (node.type === "VariableDeclaration" && node.kind === "var") hasVar = true;
  });
  if (hasVar) return null;
  if ([...declared].some((name) => others.some((names) => names.all.has(name)))) return null;
  return {
    statements: endsInReturn ? body.slice(0, -1) : body,
    value: endsInReturn ? resolved(task, last.argument) : null,
  };
}

/** What an async function returns is awaited by its caller: `return p` passes on p's value. */
function resolved(task: AsyncTask, value: any | null): any | null {
  // A task written from a callback function passed its value as it was (a promise too): not awaited.
  if (task.fromCallback || !value || value.type === "AwaitExpression") return value;
  const argument = PRIMARY.has(value.type) ? value : { ...value, extra: { ...value.extra, parenthesized: true } };
  return { type: "AwaitExpression", argument };
}

/** Expressions `await` takes without parentheses. */
const PRIMARY = new Set([
  "Identifier",
  "CallExpression",
  "MemberExpression",
  "NewExpression",
  "ThisExpression",
  "ArrayExpression",
  "ObjectExpression",
  "OptionalCallExpression",
  "OptionalMemberExpression",
  "StringLiteral",
  "NumericLiteral",
  "BooleanLiteral",
  "NullLiteral",
  "TemplateLiteral",
  "BigIntLiteral",
  "RegExpLiteral",
]);

/** The task called with `args`: `(async (a) => { ... })(a)`, `fs.promises.stat(file)`, `load(a)`. */
function called(j: JSCodeshift, task: AsyncTask, args: any[]): any {
  return task.callWith ? task.callWith(args) : j.callExpression(task.fn, args);
}

const valueOrUndefined = (j: JSCodeshift, value: any | null): any => value ?? j.identifier("undefined");

/** The task's value as a promise-or-value for Promise.all, or awaited in sequence. */
function taskValue(
  j: JSCodeshift,
  task: AsyncTask,
  others: Names[],
  awaitIt: boolean,
): { statements: any[]; value: any } {
  const inline = inlined(task, [], others);
  if (inline && inline.statements.length === 0) {
    const value = valueOrUndefined(j, inline.value);
    if (value.type === "AwaitExpression") return { statements: [], value: awaitIt ? value : value.argument };
    return { statements: [], value };
  }
  if (inline && awaitIt) return { statements: inline.statements, value: valueOrUndefined(j, inline.value) };
  const call = called(j, task, []);
  return { statements: [], value: awaitIt ? j.awaitExpression(call) : call };
}

/** `const name = value;` or `name = value;` when the name was declared before a `try`. */
function result(j: JSCodeshift, plan: FlowPlan, value: any): any[] {
  const [name] = plan.resultNames;
  if (!name) return evaluated(j, value);
  if (plan.assignResults) return [j.expressionStatement(j.assignmentExpression("=", j.identifier(name), value))];
  return [
    j.variableDeclaration(plan.reassigned.has(name) ? "let" : "const", [
      j.variableDeclarator(j.identifier(name), value),
    ]),
  ];
}

/**
 * The waterfall: each task's values bound to the next task's parameter names (or to new names, with
 * the task called), the last task's to the final callback's names.
 */
function waterfall(j: JSCodeshift, plan: FlowPlan): any[] {
  const { tasks } = plan.tasks;
  const { pieces } = plan;
  // The names between task i and i + 1 (after the last: the final callback's).
  const boundaries: string[][] = tasks.map((task, i) =>
    i === tasks.length - 1 ? plan.resultNames : boundaryNames(tasks[i + 1], task.count, i + 1, pieces, plan),
  );
  const bindings = new Map<string, number>();
  for (const names of boundaries.slice(0, -1))
    for (const name of names) bindings.set(name, (bindings.get(name) ?? 0) + 1);
  // A name bound twice is one variable assigned again: no closure of the tasks may have kept it.
  for (const [name, times] of bindings) {
    if (times > 1 && pieces.some((names) => names.nested.has(name))) {
      boundaries.forEach((names, i) => {
        if (i < boundaries.length - 1) boundaries[i] = names.map((n) => (n === name ? freeName(n, plan.taken) : n));
      });
    }
  }
  const reused = new Set([...[...bindings].filter(([, times]) => times > 1).map(([name]) => name), ...plan.reassigned]);
  const declared = new Set<string>();
  const statements: any[] = [];
  let given: string[] = [];
  tasks.forEach((task, index) => {
    const inline = inlined(
      task,
      given,
      pieces.filter((_, i) => i !== index),
    );
    let value: any;
    if (inline) {
      statements.push(...inline.statements);
      value = inline.value;
    } else {
      value = j.awaitExpression(
        called(
          j,
          task,
          given.map((name) => j.identifier(name)),
        ),
      );
    }
    const names = boundaries[index];
    const isLast = index === tasks.length - 1;
    const shared = names.length > 0 && names.every((name) => plan.sharedResults.has(name));
    statements.push(...bind(j, value, names, task.count, (isLast || shared) && plan.assignResults, reused, declared));
    given = names;
  });
  return statements;
}

/**
 * The names the values between two tasks get: the next task's own parameter names, when no other code
 * of the flow mentions them; new names otherwise (the task is then called with them).
 */
function boundaryNames(next: AsyncTask, count: number, index: number, pieces: Names[], plan: FlowPlan): string[] {
  const params: any[] = next.fn.type === "ArrowFunctionExpression" && !next.callWith ? next.fn.params : [];
  const own = params.slice(0, count).map((param) => (param.type === "Identifier" ? param.name : null));
  const finalIndex = plan.tasks.tasks.length;
  const owners = (name: string) =>
    pieces.every(
      (names, i) =>
        i === index ||
        !names.all.has(name) ||
        pieces[i].params.has(name) ||
        (i === finalIndex && plan.sharedResults.has(name)),
    );
  if (own.length === count && own.every((name) => name !== null && owners(name))) return own as string[];
  return Array.from({ length: count }, (_, i) =>
    freeName(params[i]?.type === "Identifier" ? `${params[i].name}Value` : "value", plan.taken),
  );
}

/** `const a = v;`, `const [a, b] = v;`, `a = v;` (declared before, or bound again), or `v;` when no name takes it. */
function bind(
  j: JSCodeshift,
  value: any | null,
  names: string[],
  count: number,
  assign: boolean,
  reused: Set<string>,
  declared: Set<string>,
): any[] {
  if (names.length === 0) return value ? evaluated(j, value) : [];
  // `cb(null, a, b)` became `return [a, b]`: bound one by one.
  if (value?.type === "ArrayExpression" && value.elements.length === names.length && names.length > 1) {
    return names.flatMap((name, i) => bind(j, value.elements[i], [name], 1, assign, reused, declared));
  }
  const target = count >= 2 ? j.arrayPattern(names.map((name) => j.identifier(name))) : j.identifier(names[0]);
  const again = names.some((name) => declared.has(name));
  for (const name of names) declared.add(name);
  const initial = valueOrUndefined(j, value);
  if (assign || again) {
    const assignment = j.assignmentExpression("=", target, initial);
    return [j.expressionStatement(assignment)];
  }
  const kind = names.some((name) => reused.has(name)) ? "let" : "const";
  return [j.variableDeclaration(kind, [j.variableDeclarator(target, initial)])];
}

/** series: each task awaited in turn, results in the tasks' shape. */
function series(j: JSCodeshift, plan: FlowPlan): any[] {
  const { tasks, keys } = plan.tasks;
  const parts = tasks.map((task, i) =>
    taskValue(
      j,
      task,
      plan.pieces.filter((_, k) => k !== i),
      true,
    ),
  );
  // No results read: the tasks' statements in turn, each value evaluated for what it does.
  if (plan.resultNames.length === 0) return parts.flatMap((part) => [...part.statements, ...evaluated(j, part.value)]);
  const shaped = (values: any[]) =>
    keys
      ? j.objectExpression(keys.map((key, i) => j.objectProperty(propertyKey(j, key), values[i])))
      : j.arrayExpression(values);
  if (parts.every((part) => part.statements.length === 0))
    return result(j, plan, shaped(parts.map((part) => part.value)));
  // A task written out in place: its statements run in turn, its value kept under a new name.
  const statements: any[] = [];
  const values = parts.map((part, i) => {
    statements.push(...part.statements);
    if (isPlain(part.value)) return part.value;
    const name = freeName(keys ? identifierLike(keys[i]) : `result${i + 1}`, plan.taken);
    statements.push(j.variableDeclaration("const", [j.variableDeclarator(j.identifier(name), part.value)]));
    return j.identifier(name);
  });
  return [...statements, ...result(j, plan, shaped(values))];
}

/** parallel: Promise.all of every task, started in order, results in the tasks' shape. */
function parallel(j: JSCodeshift, plan: FlowPlan): any[] {
  const { tasks, keys } = plan.tasks;
  const values = tasks.map(
    (task, i) =>
      taskValue(
        j,
        task,
        plan.pieces.filter((_, k) => k !== i),
        false,
      ).value,
  );
  const all = j.awaitExpression(
    j.callExpression(j.memberExpression(j.identifier("Promise"), j.identifier("all")), [j.arrayExpression(values)]),
  );
  if (!keys) return result(j, plan, all);
  const names = keys.map((key) => freeName(identifierLike(key), plan.taken));
  const destructured = j.variableDeclaration("const", [
    j.variableDeclarator(j.arrayPattern(names.map((name) => j.identifier(name))), all),
  ]);
  const object = j.objectExpression(
    keys.map((key, i) => {
      const property = j.objectProperty(propertyKey(j, key), j.identifier(names[i]));
      if (names[i] === key) property.shorthand = true;
      return property;
    }),
  );
  return [destructured, ...result(j, plan, object)];
}

/** whilst / until: the test task before every run of the iteratee (its value is the truth). */
function loop(j: JSCodeshift, plan: FlowPlan): any[] {
  const [test, iteratee] = plan.tasks.tasks;
  const others = (i: number) => plan.pieces.filter((_, k) => k !== i);
  const tested = taskValue(j, test, others(0), true);
  const condition = tested.statements.length ? j.awaitExpression(called(j, test, [])) : tested.value;
  const body = taskValue(j, iteratee, others(1), true);
  const negated =
    plan.flow === "until"
      ? j.unaryExpression(
          "!",
          condition.type === "Identifier" ||
            condition.type === "CallExpression" ||
            condition.type === "MemberExpression"
            ? condition
            : { ...condition, extra: { parenthesized: true } },
        )
      : condition;
  return [j.whileStatement(negated, j.blockStatement([...body.statements, ...evaluated(j, body.value)]))];
}

/** retry: the task until it succeeds, `times` attempts in all, a timer of `interval` ms between them. */
function retry(j: JSCodeshift, plan: FlowPlan): any[] {
  const [task] = plan.tasks.tasks;
  const { times, interval } = plan.retry!;
  const attempt = freeName("attempt", plan.taken);
  const error = freeName("error", plan.taken);
  const part = taskValue(j, task, plan.pieces.slice(1), true);
  const [name] = plan.resultNames;
  const declare =
    name && !plan.assignResults ? [j.variableDeclaration("let", [j.variableDeclarator(j.identifier(name), null)])] : [];
  const keep = name
    ? [j.expressionStatement(j.assignmentExpression("=", j.identifier(name), part.value))]
    : evaluated(j, part.value);
  const i = plan.indent;
  const code = [
    `for (let ${attempt} = 1; ; ${attempt}++) {`,
    `${i}try {`,
    `${i}${i}__ATTEMPT__;`,
    `${i}${i}break;`,
    `${i}} catch (${error}${plan.typescript ? ": any" : ""}) {`,
    `${i}${i}if (${attempt} >= ${times}) throw ${error};`,
    `${i}${i}await new Promise((resolve) => setTimeout(resolve, ${interval}));`,
    `${i}}`,
    `}`,
  ].join("\n");
  const [attempts] = statementsFrom(j, code);
  const tryBlock = attempts.body.body[0].block;
  tryBlock.body.splice(0, 1, ...part.statements, ...keep);
  return [...declare, attempts];
}

/**
 * auto: every task an async arrow called at once, its promise under the task's key; a task with
 * dependencies awaits theirs first and gets the results object. Each task adds its value to the results
 * when it finishes (the library's order of keys). When a task may start while an unrelated one has
 * already failed, a flag the failing task sets keeps it from starting, as the library does.
 */
function auto(j: JSCodeshift, plan: FlowPlan): any[] {
  const { tasks, keys } = plan.tasks;
  const dependencies = plan.tasks.dependencies!;
  // The new names live in the flow's own function: they must only stay clear of what the flow's code
  // reads (the tasks as rewritten, which may read a new import, and the final callback).
  const mentioned = new Set<string>(plan.pieces.flatMap((names) => [...names.all]));
  for (const task of tasks)
    for (const name of namesOf(task.callWith ? task.callWith([]) : task.fn).all) mentioned.add(name);
  const local = (name: string) => {
    let chosen = name;
    for (let n = 2; UNBINDABLE.has(chosen) || mentioned.has(chosen); n++) chosen = `${name}${n}`;
    mentioned.add(chosen);
    return chosen;
  };
  const waits = dependencies.some((list) => list.length > 0);
  const resultsName = plan.resultNames[0] ?? (waits ? (tasksResultsParam(plan) ?? local("results")) : null);
  if (resultsName) mentioned.add(resultsName);
  const promiseNames = keys!.map((key) => local(identifierLike(key)));
  // A task that waits for nothing but may fail before the call returns stops the ones after it.
  const startsAfterSyncFailure = (index: number) =>
    dependencies[index].length === 0 &&
    tasks.some((task, i) => i < index && dependencies[i].length === 0 && !task.alwaysAsync);
  const guarded = mayStartAfterAFailure(dependencies) || tasks.some((_, i) => startsAfterSyncFailure(i));
  const failed = guarded ? local("failed") : "";
  // What the flow declares around the tasks' bodies: no body may declare it again.
  const generated: Names = {
    all: new Set([resultsName ?? "", ...promiseNames, failed]),
    nested: new Set(),
    params: new Set(),
  };
  const statements: any[] = [];
  // TypeScript: the final callback and the tasks may give the results object a type of their own.
  const typed = plan.typescript ? ": any" : "";
  if (resultsName && plan.assignResults && plan.resultNames[0])
    statements.push(...statementsFrom(j, `${resultsName} = {};`));
  else if (resultsName) statements.push(...statementsFrom(j, `const ${resultsName}${typed} = {};`));
  // Set in the failing task itself (not a turn later), as the library sets its flag in the callback.
  if (guarded)
    statements.push(
      ...statementsFrom(j, `// A task failed: none starts after it, as in async.auto.\nlet ${failed} = false;`),
    );
  for (const index of autoOrder(dependencies)!) {
    const task = tasks[index];
    const waitsFor = dependencies[index].map((dep) => promiseNames[dep]);
    const before: any[] = [];
    // One shape for every wait: tasks that become ready together start in the order they are written.
    if (waitsFor.length) before.push(...statementsFrom(j, `await Promise.all([${waitsFor.join(", ")}]);`));
    if (guarded && (waitsFor.length || startsAfterSyncFailure(index)))
      before.push(...statementsFrom(j, `if (${failed}) return;`));
    const body: any[] = [];
    let value: any = null;
    const inline = waitsFor.length
      ? inlinedWaiting(j, task, resultsName, generated, plan.typescript)
      : inlined(task, [], [generated], true);
    if (inline) {
      body.push(...inline.statements);
      value = valueOrUndefined(j, inline.value);
    } else {
      value = j.awaitExpression(called(j, task, waitsFor.length ? [j.identifier(resultsName)] : []));
    }
    const key = keys![index];
    // A task that ends by throwing has no value to keep.
    if (body[body.length - 1]?.type !== "ThrowStatement") {
      if (resultsName)
        body.push(
          j.expressionStatement(
            j.assignmentExpression(
              "=",
              j.memberExpression(j.identifier(resultsName), propertyKey(j, key), !isIdentifierName(key)),
              value,
            ),
          ),
        );
      else body.push(...evaluated(j, value));
    }
    const guardedBody = guarded
      ? [
          j.tryStatement(
            j.blockStatement(body),
            j.catchClause(
              j.identifier("err"),
              null,
              j.blockStatement(statementsFrom(j, `${failed} = true;\nthrow err;`)),
            ),
          ),
        ]
      : body;
    const run = j.arrowFunctionExpression([], j.blockStatement([...before, ...guardedBody]));
    run.async = true;
    statements.push(
      j.variableDeclaration("const", [
        j.variableDeclarator(j.identifier(promiseNames[index]), j.callExpression(run, [])),
      ]),
    );
  }
  statements.push(...statementsFrom(j, `await Promise.all([${promiseNames.join(", ")}]);`));
  return statements;
}

/**
 * A task that waits, written out in place: its results parameter is the flow's results object, or a
 * name of its own bound to it (`const res = results;`) when it names it otherwise or assigns to it.
 */
function inlinedWaiting(
  j: JSCodeshift,
  task: AsyncTask,
  resultsName: string,
  generated: Names,
  typescript: boolean,
): { statements: any[]; value: any | null } | null {
  const param =
    !task.callWith &&
    task.fn.type === "ArrowFunctionExpression" &&
    task.fn.params.length === 1 &&
    task.fn.params[0].type === "Identifier"
      ? task.fn.params[0]
      : null;
  if (!param) return null;
  const reassigned = assignedNames(task.fn.body).has(param.name);
  // The same name: the results object itself (assigning to it would replace it for every task).
  if (param.name === resultsName) return reassigned ? null : inlined(task, [resultsName], [generated], true);
  if (generated.all.has(param.name)) return null;
  const inline = inlined(task, [param.name], [generated], true);
  if (!inline) return null;
  const id = j.identifier(param.name);
  if (typescript && param.typeAnnotation) id.typeAnnotation = param.typeAnnotation;
  const binding = j.variableDeclaration(reassigned ? "let" : "const", [
    j.variableDeclarator(id, j.identifier(resultsName)),
  ]);
  return { statements: [binding, ...inline.statements], value: inline.value };
}

/** The parameter name the tasks that wait give the results, when they all give it one no other code reads. */
function tasksResultsParam(plan: FlowPlan): string | null {
  const dependencies = plan.tasks.dependencies!;
  const params = plan.tasks.tasks
    .filter((task, i) => dependencies[i].length > 0)
    .map((task) =>
      !task.callWith && task.fn.params?.[0]?.type === "Identifier" ? (task.fn.params[0].name as string) : null,
    );
  const [candidate] = params;
  if (!candidate || !params.every((name) => name === candidate) || UNBINDABLE.has(candidate)) return null;
  // Read only as those tasks' own parameter.
  if (!plan.pieces.every((names) => !names.all.has(candidate) || names.params.has(candidate))) return null;
  const others = plan.tasks.tasks.filter((_, i) => dependencies[i].length === 0);
  if (others.some((task) => namesOf(task.callWith ? task.callWith([]) : task.fn).all.has(candidate))) return null;
  return candidate;
}

const isIdentifierName = (key: string) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key);

/**
 * The order tasks are written in: those without dependencies first, in key order (the library starts
 * them at the call, in that order), then each task after the ones it waits for (its await reads them).
 */
export function autoOrder(dependencies: number[][]): number[] | null {
  const order: number[] = [];
  const placed = new Set<number>();
  while (order.length < dependencies.length) {
    const next = dependencies.findIndex((list, i) => !placed.has(i) && list.every((dep) => placed.has(dep)));
    // A cycle: no order (the library throws).
    if (next < 0) return null;
    order.push(next);
    placed.add(next);
  }
  return order;
}

/** The tasks each task waits for, directly or through others. */
function ancestorsOf(dependencies: number[][]): Set<number>[] {
  const memo: (Set<number> | null)[] = dependencies.map(() => null);
  const of = (i: number): Set<number> => (memo[i] ??= new Set(dependencies[i].flatMap((dep) => [dep, ...of(dep)])));
  return dependencies.map((_, i) => of(i));
}

/**
 * Whether a task that waits may become ready after another task failed: one it neither waits for nor
 * is waited for by (those it waits for stop it themselves; those that wait for it started after it).
 */
function mayStartAfterAFailure(dependencies: number[][]): boolean {
  const ancestors = ancestorsOf(dependencies);
  return dependencies.some(
    (list, t) =>
      list.length > 0 && dependencies.some((_, u) => u !== t && !ancestors[t].has(u) && !ancestors[u].has(t)),
  );
}

/** each, map and their Series and Limit forms, over `plan.collection`. */
function overCollection(j: JSCodeshift, plan: FlowPlan): any[] {
  const [task] = plan.tasks.tasks;
  const collection = plan.collection;
  const keepsResults = plan.flow.startsWith("map");
  const iteratee =
    task.fn.type === "ArrowFunctionExpression"
      ? task.fn
      : j.arrowFunctionExpression([j.identifier("item")], j.callExpression(task.fn, [j.identifier("item")]));
  if (plan.flow === "each" || plan.flow === "map") {
    const mapped = j.callExpression(j.memberExpression(collection, j.identifier("map")), [iteratee]);
    const all = j.awaitExpression(
      j.callExpression(j.memberExpression(j.identifier("Promise"), j.identifier("all")), [mapped]),
    );
    return keepsResults ? result(j, plan, all) : [j.expressionStatement(all)];
  }
  if (plan.flow === "eachLimit" || plan.flow === "mapLimit") {
    const limited = j.awaitExpression(
      j.callExpression(j.identifier(plan.limitHelper()), [collection, plan.limit, iteratee]),
    );
    return keepsResults ? result(j, plan, limited) : [j.expressionStatement(limited)];
  }
  // eachSeries / mapSeries: a for...of, the iteratee's body in it when it reads the same there.
  const others = plan.pieces.slice(1);
  // The loop's name must not be one the collection reads (`for (const node of node.children)`).
  const param =
    iteratee.params[0]?.type === "Identifier" && iteratee.params.length === 1 ? iteratee.params[0].name : null;
  const item = param && !namesOf(collection).all.has(param) ? param : null;
  const inline = item ? inlined({ ...task, fn: iteratee }, [item], others) : null;
  const statements: any[] = [];
  let loopName: string;
  let body: any[];
  let value: any;
  if (inline && item) {
    loopName = item;
    body = inline.statements;
    value = inline.value;
  } else {
    loopName = freeName("item", plan.taken);
    const fnName = freeName("iteratee", plan.taken);
    statements.push(j.variableDeclaration("const", [j.variableDeclarator(j.identifier(fnName), iteratee)]));
    body = [];
    value = j.awaitExpression(j.callExpression(j.identifier(fnName), [j.identifier(loopName)]));
  }
  let resultsName: string | null = null;
  if (keepsResults) {
    resultsName = plan.resultNames[0] ?? freeName("results", plan.taken);
    const empty = j.arrayExpression([]);
    statements.push(
      plan.assignResults && plan.resultNames[0]
        ? j.expressionStatement(j.assignmentExpression("=", j.identifier(resultsName), empty))
        : j.variableDeclaration("const", [j.variableDeclarator(j.identifier(resultsName), empty)]),
    );
    body = [
      ...body,
      j.expressionStatement(
        j.callExpression(j.memberExpression(j.identifier(resultsName), j.identifier("push")), [
          valueOrUndefined(j, value),
        ]),
      ),
    ];
  } else if (value) {
    body = [...body, ...evaluated(j, value)];
  }
  const loopKind = plan.reassigned.has(loopName) ? "let" : "const";
  statements.push(
    j.forOfStatement(
      j.variableDeclaration(loopKind, [j.variableDeclarator(j.identifier(loopName), null)]),
      collection,
      j.blockStatement(body),
    ),
  );
  return statements;
}

/** A value with nothing to run: a name or a literal. */
function isPlain(value: any): boolean {
  return value.type === "Identifier" || value.type.endsWith("Literal");
}

/** `value;` when evaluating it does something. */
function evaluated(j: JSCodeshift, value: any): any[] {
  return isPlain(value) ? [] : [j.expressionStatement(value)];
}

/** Words no variable may be named, and the globals the written code reads. */
export const UNBINDABLE = new Set([
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "let",
  "static",
  "implements",
  "interface",
  "package",
  "private",
  "protected",
  "public",
  "await",
  "arguments",
  "eval",
  "Promise",
  "setTimeout",
  "Array",
  "Math",
  "undefined",
]);

function identifierLike(key: string): string {
  const name = key.replace(/[^A-Za-z0-9_$]/g, "_");
  const safe = /^[A-Za-z_$]/.test(name) ? name : `_${name}`;
  return UNBINDABLE.has(safe) ? `${safe}Result` : safe;
}

function propertyKey(j: JSCodeshift, key: string): any {
  return isIdentifierName(key) ? j.identifier(key) : j.stringLiteral(key);
}
