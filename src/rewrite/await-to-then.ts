// An async function callbacks-to-async wrote -> a plain function returning a flat promise chain, for
// callbacks-to-then. Such a function awaits only in whole statements of its own body (`await p;`,
// `const x = await p;`, `x = await p;`, or a try around exactly one of those), because each await
// replaced a call that ended the function. Each await becomes a link of the chain, and what followed it
// becomes that link's handler:
//
//   async function f(a) {            function f(a) {
//     check(a);                        check(a);
//     const x = await p(a);            return p(a).then((x) => {
//     use(x);                            use(x);
//     await q(x);                        return q(x);
//     done(x);                         }).then(() => {
//   }                                    done(x);
//                                      });
//                                    }
//
// The statements before the first await still run synchronously when the function is called, as the
// callback code did (a throw there stays a synchronous throw); an early `return v` among them returns
// `Promise.resolve(v)`, so every path that returns gives a promise. A name one handler declares and a later one
// reads is declared once before the chain (JavaScript, or typed TypeScript); otherwise the later link
// stays inside the handler that declares it. A link stays nested as well where a handler may return
// early, so the links after it do not run.
import type { JSCodeshift } from "jscodeshift";
import { isPropertyName, statementsOf } from "../analysis/error-first";
import { isFunctionNode } from "../analysis/functions";
import { patternNames } from "../analysis/patterns";
import { walk, walkWithAncestors } from "../analysis/walk";
import { freeName } from "./module-scope";
import { hole, statementsFrom } from "./snippet";

export interface ChainOptions {
  typescript: boolean;
  /** A `Promise` of the file's own is in scope: `Promise.resolve` cannot be written. */
  promiseShadowed: boolean;
  /** Names the file uses: a parameter added here takes a name outside them. */
  taken: ReadonlySet<string>;
  /** One indentation step in the file's style. */
  indent: string;
}

/** One await of the body and the statements after it, up to the next await. */
interface Step {
  /** The promise, with `.catch(handler)` or `.then(assign, handler)` when the try's catch cannot return. */
  promise: any;
  /** The value's names, declared by the handler's parameter (`x`, `{ stdout, stderr }`). */
  binding: any | null;
  /** A catch that may return: `.then(ok, exit)`, and the links after it stay inside `ok`. */
  exit: { param: any; body: any[] } | null;
  rest: any[];
  comments: any[];
  /** As read: the try's catch, and the names `x = await p` assigns. */
  handler: { param: any; body: any[] } | null;
  target: any | null;
  /** The last step only passes its value on: no link of its own. */
  identity?: boolean;
}

/** Visit the function's own code in `node`: not nested functions, which have their own `return`. */
function walkOwn(node: any, visit: (node: any, ancestors: readonly any[]) => void): void {
  walkWithAncestors(node, (current, ancestors) => {
    if (current !== node && isFunctionNode(current)) return false;
    visit(current, ancestors);
  });
}

function block(statements: any[]): any {
  return { type: "BlockStatement", body: statements, directives: [] };
}

function hasOwn(statements: any[], types: readonly string[]): boolean {
  let found = false;
  walkOwn(block(statements), (node) => {
    if (types.includes(node.type)) found = true;
  });
  return found;
}

/** Every path through the statements ends in a return or a throw. */
function alwaysExits(statements: any[]): boolean {
  const last = statements[statements.length - 1];
  if (!last) return false;
  if (last.type === "ReturnStatement" || last.type === "ThrowStatement") return true;
  if (last.type === "BlockStatement") return alwaysExits(last.body);
  if (last.type === "IfStatement")
    return (
      last.alternate !== null && alwaysExits(statementsOf(last.consequent)) && alwaysExits(statementsOf(last.alternate))
    );
  return false;
}

/** `catch (e) { throw e; }`: no handler at all. */
function isRethrow(handler: { param: any; body: any[] }): boolean {
  const [only] = handler.body;
  return (
    handler.body.length === 1 &&
    only.type === "ThrowStatement" &&
    handler.param?.type === "Identifier" &&
    only.argument.type === "Identifier" &&
    only.argument.name === handler.param.name
  );
}

type Awaited = { promise: any; target: any | null; declares: boolean; handler: { param: any; body: any[] } | null };

/** The await a statement of the body is, in one of the forms callbacks-to-async writes. */
function awaitedIn(statement: any): Awaited | null {
  const simple = (node: any): Omit<Awaited, "handler"> | null => {
    if (node.type === "ExpressionStatement") {
      const expression = node.expression;
      if (expression.type === "AwaitExpression") return { promise: expression.argument, target: null, declares: false };
      if (
        expression.type === "AssignmentExpression" &&
        expression.operator === "=" &&
        expression.right.type === "AwaitExpression"
      )
        return { promise: expression.right.argument, target: expression.left, declares: false };
    }
    const [declarator] =
      node.type === "VariableDeclaration" && node.kind !== "var" && node.declarations.length === 1
        ? node.declarations
        : [];
    if (declarator?.init?.type === "AwaitExpression")
      return { promise: declarator.init.argument, target: declarator.id, declares: true };
    return null;
  };
  const found = simple(statement);
  if (found) return { ...found, handler: null };
  if (
    statement.type !== "TryStatement" ||
    statement.finalizer ||
    !statement.handler ||
    statement.block.body.length !== 1
  )
    return null;
  const inner = simple(statement.block.body[0]);
  if (!inner || inner.declares) return null;
  return { ...inner, handler: { param: statement.handler.param, body: statement.handler.body.body } };
}

function containsAwait(nodes: any[]): boolean {
  return hasOwn(
    nodes.map((node) =>
      node.type?.endsWith("Statement") || node.type?.endsWith("Declaration")
        ? node
        : { type: "ExpressionStatement", expression: node },
    ),
    ["AwaitExpression"],
  );
}

const DECLARATIONS = new Set([
  "FunctionDeclaration",
  "ClassDeclaration",
  "TSEnumDeclaration",
  "TSTypeAliasDeclaration",
  "TSInterfaceDeclaration",
  "TSModuleDeclaration",
  "TSDeclareFunction",
]);

/** Names a statement list declares for the whole function: its own declarations, and `var` anywhere in its own code. */
function declaredNames(statements: any[]): { top: Map<string, any>; nestedVar: Set<string> } {
  const top = new Map<string, any>();
  const nestedVar = new Set<string>();
  for (const statement of statements) {
    if (statement.type === "VariableDeclaration")
      for (const declarator of statement.declarations)
        for (const name of patternNames(declarator.id)) top.set(name, statement);
    // Functions, classes, and TypeScript's enums, types, interfaces and namespaces: never hoisted.
    if (DECLARATIONS.has(statement.type) && statement.id?.type === "Identifier") top.set(statement.id.name, statement);
  }
  walkOwn(block(statements), (node, ancestors) => {
    if (node.type !== "VariableDeclaration" || node.kind !== "var" || statements.includes(node)) return;
    if (ancestors.length > 0)
      for (const declarator of node.declarations) for (const name of patternNames(declarator.id)) nestedVar.add(name);
  });
  return { top, nestedVar };
}

/** Names read or written in the nodes (any identifier that is not a property name; nested functions too). */
function referencedNames(nodes: any[]): Set<string> {
  const names = new Set<string>();
  for (const node of nodes) {
    walkWithAncestors(node, (current, ancestors) => {
      const parent = ancestors[ancestors.length - 1];
      if (current.type === "Identifier" && !isPropertyName(current, parent)) names.add(current.name);
      // `<Label>`: JSX names a component (an attribute name, or `b` of `<a.b>`, names nothing).
      if (
        current.type === "JSXIdentifier" &&
        parent?.type !== "JSXAttribute" &&
        !(parent?.type === "JSXMemberExpression" && parent.property === current)
      )
        names.add(current.name);
    });
  }
  return names;
}

/**
 * A declaration whose names can be declared once before the chain and assigned where it was. In
 * TypeScript only a name with its type written down, a type that names nothing the handlers declare
 * (it must be visible before the chain) and is no union (a later handler would lose the narrowing the
 * declaring one did: `if (n === null) throw ...`).
 */
function hoistable(declaration: any, typescript: boolean, handlerNames: ReadonlySet<string>): boolean {
  if (declaration.type !== "VariableDeclaration") return false;
  return (
    !typescript ||
    declaration.declarations.every(
      (declarator: any) =>
        declarator.id.type === "Identifier" && typeHoistable(declarator.id.typeAnnotation, handlerNames),
    )
  );
}

function typeHoistable(annotation: any, handlerNames: ReadonlySet<string>): boolean {
  const type = annotation?.typeAnnotation;
  if (!type || type.type === "TSUnionType") return false;
  return ![...referencedNames([type])].some((name) => handlerNames.has(name));
}

/** `pattern = value;` (in parentheses for an object pattern). */
function assignment(j: JSCodeshift, pattern: any, value: any): any {
  const expression = j.assignmentExpression("=", pattern, value);
  if (pattern.type === "ObjectPattern") (expression as any).extra = { parenthesized: true };
  return j.expressionStatement(expression);
}

/** A copy of a declared pattern without its type annotation (an assignment target cannot have one). */
function untyped(pattern: any): any {
  if (pattern.type !== "Identifier") return pattern;
  return { type: "Identifier", name: pattern.name };
}

/**
 * Rewrite `fn` (async, written by callbacks-to-async) to return a promise chain; null when done, or the
 * reason it cannot be (the function is left as it was).
 */
export function lowerToChain(j: JSCodeshift, fn: any, options: ChainOptions): string | null {
  const body: any[] = fn.body?.type === "BlockStatement" ? fn.body.body : [];
  const prefix: any[] = [];
  const steps: Step[] = [];
  for (const statement of body) {
    const found = awaitedIn(statement);
    if (found && !containsAwait([found.promise, ...(found.handler?.body ?? [])])) {
      const { promise, declares, target, handler } = found;
      steps.push({
        promise,
        binding: declares ? target : null,
        exit: null,
        rest: [],
        comments: statement.comments ?? [],
        handler,
        target: declares ? null : target,
      });
      continue;
    }
    if (containsAwait([statement])) return "chain-not-expressible";
    (steps.length ? steps[steps.length - 1].rest : prefix).push(statement);
  }
  if (steps.length === 0) return "chain-not-expressible";
  // A handler's parameter shadows nothing the file names; each handler is a scope of its own, so one name does for all.
  const resultName = freeName("result", new Set(options.taken));

  // The catch of each try: a `.catch` on its promise when it cannot return, else an exit handler.
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index];
    const { handler, target } = step;
    if (!handler || isRethrow(handler)) {
      if (target) step.rest.unshift(assignment(j, target, j.identifier(paramFor(step, resultName))));
      continue;
    }
    const fills: Record<string, any> = { promise: step.promise };
    const handlerText = arrowText(handler.param, handler.body, fills, "catch", options.indent);
    const previous = index === 0 ? prefix : steps[index - 1].rest;
    if (hasOwn(handler.body, ["ReturnStatement"])) {
      if (!alwaysExits(handler.body)) return "chain-handler-may-fall-through";
      // The links after it go inside the success handler, so a last `return;` has nothing left to skip.
      const last = handler.body[handler.body.length - 1];
      const body =
        last.type === "ReturnStatement" && !last.argument && !last.comments?.length
          ? handler.body.slice(0, -1)
          : handler.body;
      step.exit = { param: handler.param, body };
      // The value is only ever seen on success: `let x;` before the try becomes the handler's parameter.
      if (target && mergesWithDeclaration(previous, target, handler, options, true)) {
        previous.pop();
        step.binding = target;
      } else if (target) step.rest.unshift(assignment(j, target, j.identifier(paramFor(step, resultName))));
      continue;
    }
    if (target && mergesWithDeclaration(previous, target, handler, options)) {
      // `let x; try { x = await p; } catch { ... }`: `p.catch(...)` gives x, undefined where the catch ran.
      previous.pop();
      step.binding = target;
      step.promise = expressionFrom(j, `${hole("promise")}.catch(${handlerText})`, fills);
    } else if (target) {
      // The value is assigned only on success, as the try did; the rest runs after either.
      const assignText = arrowText(
        j.identifier(resultName),
        [assignment(j, target, j.identifier(resultName))],
        fills,
        "assign",
        options.indent,
      );
      step.promise = expressionFrom(j, `${hole("promise")}.then(${assignText}, ${handlerText})`, fills);
    } else {
      step.promise = expressionFrom(j, `${hole("promise")}.catch(${handlerText})`, fills);
    }
  }

  // Before the first await: an early return returns a promise, as the async function did. A throw
  // stays a synchronous throw, as it was in the callback code.
  let exitInTry = false;
  const exits: { node: any; parent: any }[] = [];
  walkOwn(block(prefix), (node, ancestors) => {
    if (node.type !== "ReturnStatement") return;
    if (ancestors.some((ancestor) => ancestor.type === "TryStatement")) exitInTry = true;
    exits.push({ node, parent: ancestors[ancestors.length - 1] });
  });
  if (exitInTry) return "chain-early-exit-in-try";
  if (exits.length && options.promiseShadowed) return "helper-name-shadowed";

  // Which names cross from the handler that declares them to other code, and what that asks for.
  const hoisted: any[] = [];
  const nested = new Set<number>();
  const declaredBy = steps.map((step) => declaredNames(step.rest));
  const readers = (at: number): any[] =>
    at === 0
      ? [...prefix, steps[0].promise]
      : [...steps[at - 1].rest, ...(steps[at]?.promise ? [steps[at].promise] : [])];
  const readsAt = steps.map((_, at) => referencedNames(readers(at)));
  readsAt.push(referencedNames(readers(steps.length)));
  const prefixNames = new Set([...declaredNames(prefix).top.keys(), ...declaredNames(prefix).nestedVar]);
  const exitReads = steps.map((step) => (step.exit ? referencedNames(step.exit.body) : new Set<string>()));
  const handlerNames = new Set(declaredBy.flatMap(({ top, nestedVar }) => [...top.keys(), ...nestedVar]));
  for (let at = 1; at <= steps.length; at++) {
    const step = steps[at - 1];
    const { top, nestedVar } = declaredBy[at - 1];
    // A `var` in a nested block of a handler is that handler's: one read elsewhere has no flat chain.
    for (const name of nestedVar) {
      const elsewhere =
        readsAt.some((reads, where) => where !== at && reads.has(name)) || exitReads.some((reads) => reads.has(name));
      if (elsewhere) return "chain-name-crosses-steps";
    }
    const own = new Map<string, any>(top);
    // The parameter this rewrite names (`result`) is the handler's alone: nothing else reads it.
    if (!(step.binding?.type === "Identifier" && step.binding.name === resultName))
      for (const name of patternNames(step.binding)) own.set(name, step);
    for (const [name, declaration] of own) {
      // Segment `at` holds the step's handler; an exit handler of step k sits between segments k-1 and k.
      const earlier =
        readsAt.some((reads, where) => where < at && reads.has(name)) ||
        exitReads.some((reads, k) => k + 1 <= at && reads.has(name));
      const later =
        readsAt.some((reads, where) => where > at && reads.has(name)) ||
        exitReads.some((reads, k) => k + 1 > at && reads.has(name));
      if (!earlier && !later) continue;
      const canHoist =
        declaration === step
          ? step.binding.type === "Identifier" &&
            (!options.typescript ||
              (!step.binding.optional && typeHoistable(step.binding.typeAnnotation, handlerNames)))
          : hoistable(declaration, options.typescript, handlerNames);
      if (canHoist) {
        // A `var` of the same name before the first await would clash with the `let` written there.
        if (prefixNames.has(name)) return "chain-name-crosses-steps";
        if (!hoisted.includes(declaration)) hoisted.push(declaration);
      } else if (earlier) return "chain-name-crosses-steps";
      else nested.add(at - 1);
    }
  }

  // Hoist: one `let` before the chain; each declaration becomes assignments where it was.
  const hoistedIds: any[] = [];
  for (const declaration of hoisted) {
    if (steps.includes(declaration)) {
      const step = declaration as Step;
      hoistedIds.push(step.binding);
      const value = j.identifier(resultName);
      step.rest.unshift(assignment(j, untyped(step.binding), j.identifier(value.name)));
      step.binding = value;
      continue;
    }
    const list = steps.find((step) => step.rest.includes(declaration))!.rest;
    const assignments = declaration.declarations
      .filter((declarator: any) => declarator.init)
      .map((declarator: any) => assignment(j, untyped(declarator.id), declarator.init));
    const at = list.indexOf(declaration);
    // Its comments go with what is left of it, else on the statement after it.
    const heir = assignments[0] ?? list[at + 1];
    if (heir && declaration.comments?.length) heir.comments = [...declaration.comments, ...(heir.comments ?? [])];
    list.splice(at, 1, ...assignments);
    // `let { a, b: [c] } = v` declares a and c: the names go before the chain, the pattern stays where it was.
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === "Identifier") hoistedIds.push(declarator.id);
      else hoistedIds.push(...patternNames(declarator.id).map((name) => j.identifier(name)));
    }
  }

  for (const { node, parent } of exits) {
    const replacement = j.returnStatement(
      j.callExpression(
        j.memberExpression(j.identifier("Promise"), j.identifier("resolve")),
        node.argument ? [node.argument] : [],
      ),
    );
    replacement.comments = node.comments;
    replaceChild(parent, node, replacement);
  }

  // A `var` declared in two handlers is one variable: declared once.
  const once = hoistedIds.filter((id, index) => hoistedIds.findIndex((other) => other.name === id.name) === index);
  // `.then((x) => { return x; })` ending the chain passes the value on unchanged: it goes.
  const last = steps[steps.length - 1];
  const [only] = last.rest;
  if (
    last.rest.length === 1 &&
    !last.exit &&
    last.binding?.type === "Identifier" &&
    !last.binding.typeAnnotation &&
    only.type === "ReturnStatement" &&
    only.argument?.type === "Identifier" &&
    only.argument.name === last.binding.name &&
    !only.comments?.length
  ) {
    last.rest = [];
    last.binding = null;
    last.identity = true;
  }
  const fills: Record<string, any> = {};
  const declaration = once.length
    ? `let ${once.map((id, index) => ((fills[`hoisted${index}`] = id), hole(`hoisted${index}`))).join(", ")};\n`
    : "";
  const [...written] = statementsFrom(j, `${declaration}return ${chainText(steps, 0, nested, options, fills)};`, fills);
  placeComments(steps, written);
  fn.body.body = [...(declaration ? [written[0]] : []), ...prefix, written[written.length - 1]];
  fn.async = false;
  return null;
}

/** The step's handler takes the value it assigns as `name`. */
function paramFor(step: Step, name: string): string {
  step.binding = { type: "Identifier", name };
  return name;
}

/**
 * `let x;` ends the statements before a try that assigns exactly `x` from its await, and the catch
 * does not read x: the catch handler leaves it undefined, as `p.catch(handler)` does (or, when the
 * catch `exits`, the value is only seen on success). Not in TypeScript where the catch may fall
 * through: the value's type would then include `void`.
 */
function mergesWithDeclaration(
  previous: any[],
  target: any,
  handler: { param: any; body: any[] },
  options: ChainOptions,
  exits = false,
): boolean {
  const declaration = previous[previous.length - 1];
  if (declaration?.type !== "VariableDeclaration" || declaration.kind !== "let" || declaration.comments?.length)
    return false;
  if (
    declaration.declarations.some(
      (declarator: any) => declarator.init || declarator.id.type !== "Identifier" || declarator.id.typeAnnotation,
    )
  )
    return false;
  const declared = declaration.declarations.map((declarator: any) => declarator.id.name).sort();
  const names = patternNames(target).sort();
  if (JSON.stringify(declared) !== JSON.stringify(names)) return false;
  const reads = referencedNames(handler.body);
  if (names.some((name) => reads.has(name))) return false;
  // Where the catch falls through, `p.catch(...)` gives undefined: a name takes it as the try left it, a pattern cannot.
  const throwsOnly = !hasOwn(handler.body, ["ReturnStatement"]) && alwaysExits(handler.body);
  if (exits || throwsOnly) return true;
  return target.type === "Identifier" && !options.typescript;
}

function replaceChild(parent: any, child: any, replacement: any): void {
  for (const key of Object.keys(parent)) {
    const value = parent[key];
    if (value === child) parent[key] = replacement;
    else if (Array.isArray(value) && value.includes(child)) value[value.indexOf(child)] = replacement;
  }
}

function expressionFrom(j: JSCodeshift, text: string, fills: Record<string, any>): any {
  return statementsFrom(j, `${text};`, fills)[0].expression;
}

/** Every line after the first, one step further in. */
function indentRest(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

/**
 * `(param) => { body }` as text, its parameter and statements as holes filled from `fills` under
 * `key`, ending with `return returned;` when given; `(param) => returned` when that is all and
 * `concise` allows it.
 */
function arrowText(
  param: any | null,
  statements: any[],
  fills: Record<string, any>,
  key: string,
  indent: string,
  returned?: string,
  concise = false,
): string {
  const params = param ? ((fills[`${key}Param`] = param), `(${hole(`${key}Param`)})`) : "()";
  if (statements.length === 0 && returned !== undefined && concise) return `${params} => ${returned}`;
  const lines: string[] = [];
  if (statements.length) {
    fills[`${key}Body`] = statements;
    lines.push(`${hole(`${key}Body`)};`);
  }
  if (returned !== undefined) lines.push(`return ${returned};`);
  if (!lines.length) return `${params} => {}`;
  return `${params} => {\n${lines.map((line) => `${indent}${indentRest(line, indent)}`).join("\n")}\n}`;
}

/** A link goes after the one of step `at` (rather than inside its handler). */
function follows(steps: Step[], at: number, nested: Set<number>): boolean {
  const step = steps[at];
  const next = steps[at + 1];
  // Not when this handler may return early, has an exit handler of its own (which must not see the
  // later links' errors), declares a name a later link reads, or the next link has an exit handler
  // (which must see only its own promise's error).
  return next !== undefined && !step.exit && !next.exit && !nested.has(at) && !hasOwn(step.rest, ["ReturnStatement"]);
}

/**
 * The chain from step `from` on, as text with holes: links follow each other while they can. Written
 * as text in the `}).then((x) => {` layout, each handler's body one step in from the statement that
 * holds the chain, which is where recast indents the statements it moves into it.
 */
function chainText(
  steps: Step[],
  from: number,
  nested: Set<number>,
  options: ChainOptions,
  fills: Record<string, any>,
): string {
  let last = from;
  while (follows(steps, last, nested)) last++;
  const links: string[] = [];
  fills[`promise${from}`] = steps[from].promise;
  for (let at = from; at <= last; at++) {
    const step = steps[at];
    let returned: string | undefined;
    if (at < last) {
      fills[`promise${at + 1}`] = steps[at + 1].promise;
      returned = hole(`promise${at + 1}`);
    } else if (at + 1 < steps.length) returned = chainText(steps, at + 1, nested, options, fills);
    // `(x) => e` only for a lone link: in a longer chain, every link its own block, one under the other.
    if (step.identity) break;
    const ok = arrowText(step.binding, step.rest, fills, `ok${at}`, options.indent, returned, from === last);
    const exit = step.exit ? `, ${arrowText(step.exit.param, step.exit.body, fills, `exit${at}`, options.indent)}` : "";
    links.push(`.then(${ok}${exit})`);
  }
  return `${hole(`promise${from}`)}${links.join("")}`;
}

/** The comments of each await's statement go on the statement that now returns its promise. */
function placeComments(steps: Step[], statements: any[]): void {
  const byPromise = new Map(steps.filter((step) => step.comments.length).map((step) => [step.promise, step.comments]));
  if (!byPromise.size) return;
  const baseOf = (node: any): any =>
    node?.type === "CallExpression" &&
    node.callee.type === "MemberExpression" &&
    node.callee.property.name === "then" &&
    !byPromise.has(node)
      ? baseOf(node.callee.object)
      : node;
  for (const statement of statements) {
    walk(statement, (node) => {
      if (node.type !== "ReturnStatement") return;
      const comments = byPromise.get(baseOf(node.argument));
      if (comments) node.comments = [...comments, ...(node.comments ?? [])];
    });
  }
}
