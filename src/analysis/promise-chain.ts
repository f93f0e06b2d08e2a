// A promise chain, `base.then(a).then(b).catch(h).finally(f)`, read into its parts, and whether its
// handlers can be written inline after `await` without changing what runs when.
import { isFunctionNode, LOOP_STATEMENTS, usesArguments, usesThis, walkOwnBody } from "./functions";
import { assignedNames, patternNames } from "./patterns";
import { walk, walkWithAncestors } from "./walk";

export interface ChainStep {
  kind: "then" | "catch" | "finally";
  /** A function literal, or the name of a function of the file (`.then(render)`). */
  handler: any;
  /** The `.then(...)` / `.catch(...)` call. */
  call: any;
  /** `.then(ok, err)`: the rejection handler, which does not see what `ok` throws. */
  onRejected?: any;
}

export interface PromiseChain {
  base: any;
  steps: ChainStep[];
}

const METHODS = new Set(["then", "catch", "finally"]);

/** `base.then(a).catch(h)` -> its base and steps, innermost first; null when `node` is no such chain. */
export function chainOf(node: any): PromiseChain | { reason: string } | null {
  const steps: ChainStep[] = [];
  let current = node;
  while (
    current?.type === "CallExpression" &&
    current.callee.type === "MemberExpression" &&
    !current.callee.computed &&
    METHODS.has(current.callee.property.name)
  ) {
    const kind = current.callee.property.name as ChainStep["kind"];
    const args = current.arguments;
    const isNothing = (node: any) =>
      node?.type === "NullLiteral" || (node?.type === "Identifier" && node.name === "undefined");
    if (
      args.some((arg: any) => arg.type === "SpreadElement") ||
      args.length === 0 ||
      args.length > (kind === "then" ? 2 : 1)
    )
      return { reason: "handler-arguments-not-one" };
    // `.then(null, err)` is `.catch(err)`.
    if (kind === "then" && args.length === 2 && isNothing(args[0]))
      steps.unshift({ kind: "catch", handler: args[1], call: current });
    else if (kind === "then" && args.length === 2)
      steps.unshift({ kind, handler: args[0], call: current, onRejected: args[1] });
    else steps.unshift({ kind, handler: args[0], call: current });
    current = current.callee.object;
  }
  if (steps.length === 0) return null;
  return { base: current, steps };
}

/**
 * The steps after `index` are at most one `.catch` and then at most one `.finally`: the try they become
 * is the last statement, so a return from step `index` inside it still ends the function with the
 * chain's value.
 */
export function onlyTryAfter(steps: readonly { kind: ChainStep["kind"] }[], index: number): boolean {
  const rest = steps
    .slice(index + 1)
    .map((step) => step.kind)
    .join(",");
  return rest === "" || rest === "catch" || rest === "finally" || rest === "catch,finally";
}

/** The `return` statements of a function's own body (arrows included, other functions not). */
export function ownReturns(fn: any): any[] {
  const found: any[] = [];
  walkOwnBody(fn.body, (node) => void (node.type === "ReturnStatement" && found.push(node)), false);
  return found;
}

/**
 * Why a function literal handler cannot be inlined: `this`/`arguments` of its own (a `function`), a
 * generator, parameters that are not plain (a default would apply where `await` gives `undefined`), more
 * than one parameter (a `.then` handler gets one value).
 */
export function handlerRefusal(handler: any, kind: ChainStep["kind"]): string | null {
  if (handler.generator) return "handler-is-generator";
  if (handler.type === "FunctionExpression" && (usesThis(handler) || usesArguments(handler)))
    return "handler-uses-this-or-arguments";
  if (handler.type === "FunctionExpression" && handler.id) return "handler-is-named";
  if (kind === "finally" ? handler.params.length > 0 : handler.params.length > 1)
    return "handler-parameters-not-simple";
  if (
    handler.params.some(
      (param: any) => param.type !== "Identifier" && param.type !== "ObjectPattern" && param.type !== "ArrayPattern",
    )
  )
    return "handler-parameters-not-simple";
  if (handler.params.some((param: any) => patternHasDefault(param) || param.optional))
    return "handler-parameters-not-simple";
  // TypeScript: a generic handler's type parameters would have no declaration left.
  if (handler.typeParameters) return "handler-parameters-not-simple";
  if (handler.body.type === "BlockStatement" && handler.body.directives?.length) return "handler-has-directive";
  return null;
}

function patternHasDefault(pattern: any): boolean {
  let found = false;
  walk(pattern, (node) => void (found ||= node.type === "AssignmentPattern" || node.type === "RestElement"));
  return found;
}

/** Names a function literal brings along when inlined: its parameters and what its body declares. */
export function declaredNames(handler: any): string[] {
  const names = handler.params.flatMap((param: any) => patternNames(param));
  if (handler.body.type !== "BlockStatement") return names;
  walk(handler.body, (node) => {
    if (node !== handler.body && isFunctionNode(node)) {
      if (node.type === "FunctionDeclaration" && node.id) names.push(node.id.name);
      return false;
    }
    if (node.type === "VariableDeclaration") node.declarations.forEach((d: any) => names.push(...patternNames(d.id)));
    if (node.type === "ClassDeclaration" && node.id) names.push(node.id.name);
  });
  return names;
}

/** Names a function literal's body declares for the whole function around it once inlined in a block: `var`s, and function declarations (sloppy mode hoists them). */
export function hoistedNames(handler: any): string[] {
  const names: string[] = [];
  if (handler.body.type !== "BlockStatement") return names;
  walk(handler.body, (node) => {
    if (node !== handler.body && isFunctionNode(node)) {
      if (node.type === "FunctionDeclaration" && node.id) names.push(node.id.name);
      return false;
    }
    if (node.type === "VariableDeclaration" && node.kind === "var")
      node.declarations.forEach((d: any) => names.push(...patternNames(d.id)));
  });
  return names;
}

/** A `return` inside a `try` of the statements themselves (not of nested functions): where an awaited and an unawaited return differ. */
export function returnsInsideTry(statements: any[]): boolean {
  let found = false;
  for (const statement of statements) {
    walkWithAncestors(statement, (node, ancestors) => {
      if (found || isFunctionNode(node)) return false;
      if (node.type === "ReturnStatement" && ancestors.some((around) => around.type === "TryStatement")) found = true;
    });
  }
  return found;
}

/** Some name of `pattern` is assigned to in `body` (a handler that changes its parameter). */
export function assignsTo(body: any, pattern: any): boolean {
  const assigned = assignedNames(body);
  return patternNames(pattern).some((name: string) => assigned.has(name));
}

/** Where a chain stands, and so where its value goes. */
export type ChainPosition =
  /** `return chain` (or an arrow's body); `awaited`: `return await chain`. */
  | { kind: "returned"; awaited: boolean }
  /** `await chain;`, `const v = await chain;`, `v = await chain;` */
  | { kind: "awaited"; sink: "discard" | "declare" | "assign" }
  /** `chain;`: nobody waits for it. */
  | { kind: "floating" }
  /** `const p = chain;`: a promise kept for later. */
  | { kind: "assigned" };

export interface ChainSite {
  /** The outermost call of the chain. */
  chain: any;
  position: ChainPosition;
  /** The statement holding the chain (the arrow, for a chain that is an arrow's body). */
  statement: any;
  /** The node whose statement list holds `statement` (null: a braceless `if`/loop body, or an arrow's body). */
  container: any | null;
  /** The function the chain is in, and the node around it; null at module level. */
  fn: any | null;
  fnParent: any | null;
  /** Between the function and the statement: a `try` (block, catch or finally), a loop. */
  inTry: boolean;
  inLoop: boolean;
  /** How many nodes are around the statement (a chain in another's handler is deeper). */
  depth: number;
  /** The nodes around the statement: the scopes a name read there may resolve in. */
  around: Set<any>;
  /** The node right around the statement. */
  parent: any;
}

function isChainCall(node: any): boolean {
  return (
    node?.type === "CallExpression" &&
    node.callee.type === "MemberExpression" &&
    !node.callee.computed &&
    METHODS.has(node.callee.property?.name)
  );
}

const awaitedChain = (node: any) => node?.type === "AwaitExpression" && isChainCall(node.argument);

/** The chain a statement holds and where it stands, or null. */
function positionOf(node: any): { chain: any; position: ChainPosition } | null {
  switch (node.type) {
    case "ReturnStatement":
      if (isChainCall(node.argument)) return { chain: node.argument, position: { kind: "returned", awaited: false } };
      if (awaitedChain(node.argument))
        return { chain: node.argument.argument, position: { kind: "returned", awaited: true } };
      return null;
    case "ArrowFunctionExpression":
      if (isChainCall(node.body)) return { chain: node.body, position: { kind: "returned", awaited: false } };
      if (awaitedChain(node.body)) return { chain: node.body.argument, position: { kind: "returned", awaited: true } };
      return null;
    case "ExpressionStatement": {
      const expression = node.expression;
      if (isChainCall(expression)) return { chain: expression, position: { kind: "floating" } };
      if (awaitedChain(expression))
        return { chain: expression.argument, position: { kind: "awaited", sink: "discard" } };
      if (
        expression.type === "AssignmentExpression" &&
        expression.operator === "=" &&
        expression.left.type === "Identifier" &&
        awaitedChain(expression.right)
      ) {
        return { chain: expression.right.argument, position: { kind: "awaited", sink: "assign" } };
      }
      return null;
    }
    case "VariableDeclaration": {
      // `using` would lose its disposal to the `let` a try needs.
      if (node.declarations.length !== 1 || node.declare || !["const", "let", "var"].includes(node.kind)) return null;
      const init = node.declarations[0].init;
      if (isChainCall(init)) return { chain: init, position: { kind: "assigned" } };
      if (awaitedChain(init)) return { chain: init.argument, position: { kind: "awaited", sink: "declare" } };
      return null;
    }
    default:
      return null;
  }
}

const STATEMENT_LISTS = new Set(["Program", "BlockStatement", "SwitchCase", "StaticBlock"]);
const BRACELESS_BODIES = new Set([
  "IfStatement",
  "ForStatement",
  "ForInStatement",
  "ForOfStatement",
  "WhileStatement",
  "DoWhileStatement",
]);

/** Every chain standing where its value's destination is known, outermost first (in source order). */
export function chainSites(program: any): ChainSite[] {
  const sites: ChainSite[] = [];
  walkWithAncestors(program, (node, ancestors) => {
    const found = positionOf(node);
    if (!found) return;
    const parent = ancestors[ancestors.length - 1];
    let container: any = null;
    if (node.type !== "ArrowFunctionExpression") {
      // A declaration in a `for (...;` head, an `export const`, a label: not a statement of a list.
      if (STATEMENT_LISTS.has(parent?.type)) container = parent;
      else if (!BRACELESS_BODIES.has(parent?.type) || node.type === "VariableDeclaration") return;
      else if (parent.type !== "IfStatement" && parent.body !== node) return;
    }
    let fnIndex = -1;
    for (let i = ancestors.length - 1; i >= 0; i--) {
      if (isFunctionNode(ancestors[i])) {
        fnIndex = i;
        break;
      }
    }
    const between = ancestors.slice(fnIndex + 1);
    sites.push({
      ...found,
      statement: node,
      container,
      fn: node.type === "ArrowFunctionExpression" ? node : fnIndex === -1 ? null : ancestors[fnIndex],
      fnParent: node.type === "ArrowFunctionExpression" ? parent : fnIndex > 0 ? ancestors[fnIndex - 1] : null,
      inTry:
        node.type !== "ArrowFunctionExpression" &&
        between.some((around) => around.type === "TryStatement" || around.type === "CatchClause"),
      inLoop: node.type !== "ArrowFunctionExpression" && between.some((around) => LOOP_STATEMENTS.has(around.type)),
      depth: ancestors.length,
      around: new Set(node.type === "ArrowFunctionExpression" ? [...ancestors, node] : ancestors),
      parent,
    });
  });
  return sites;
}
