// Facts about functions: which function a statement belongs to, how it is used, what making it
// `async` would change.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { ASTPath, Collection, JSCodeshift } from "jscodeshift";
import { patternNames } from "./patterns";
import { findPaths, walk, walkWithAncestors } from "./walk";

const FUNCTION_TYPES = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression", "ObjectMethod", "ClassMethod", "ClassPrivateMethod"]);

/** Statements that run their body again. */
export const LOOP_STATEMENTS: ReadonlySet<string> = new Set(["ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement"]);

export function isFunctionNode(node: any): boolean {
  return FUNCTION_TYPES.has(node?.type);
}

/** The nearest function around `path`, or null at module level. */
export function enclosingFunction(path: ASTPath<any>): ASTPath<any> | null {
  for (let current = path.parentPath; current; current = current.parentPath) {
    if (isFunctionNode(current.node) && current.node !== path.node) return current;
  }
  return null;
}

/** Walk `node` without entering nested non-arrow functions (they have their own `this`, `arguments`, `return`). */
export function walkOwnBody(node: any, visit: (node: any) => void, enterArrows = true): void {
  walk(node, (current) => {
    if (current !== node && isFunctionNode(current) && !(enterArrows && current.type === "ArrowFunctionExpression")) return false;
    visit(current);
  });
}

export function usesThis(fn: any): boolean {
  let found = false;
  walkOwnBody(fn.body, (node) => {
    if (node.type === "ThisExpression" || node.type === "Super") found = true;
  });
  return found;
}

export function usesArguments(fn: any): boolean {
  let found = false;
  walkOwnBody(fn.body, (node) => {
    if (node.type === "Identifier" && node.name === "arguments") found = true;
  });
  return found;
}

/**
 * `return <value>` in the function itself (arrows included, other nested functions not), other than
 * `except` and `return cb(...)` of its callback parameter `callback` (a callback API's result is unused).
 */
export function returnsValue(fn: any, except?: any, callback?: string): boolean {
  let found = false;
  const isCallbackCall = (node: any) => callback !== undefined && node?.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === callback;
  walkOwnBody(
    fn.body,
    (node) => {
      if (node !== except && node.type === "ReturnStatement" && node.argument && !isCallbackCall(node.argument)) found = true;
    },
    false,
  );
  return found;
}

/** The function is an argument of a call or `new` (a callback), or is called on the spot (IIFE). */
export function isPassedOrCalledInPlace(path: ASTPath<any>): boolean {
  const parent = path.parentPath?.node;
  const node = path.node;
  if (!parent) return false;
  if (parent.type === "CallExpression" || parent.type === "NewExpression" || parent.type === "OptionalCallExpression") {
    return parent.callee === node || parent.arguments.includes(node);
  }
  return false;
}

/** The name a function is known by in this file: its own, or the variable/property it is assigned to. */
export function functionName(path: ASTPath<any>): string | null {
  const node = path.node;
  if (node.id?.type === "Identifier") return node.id.name;
  const parent = path.parentPath?.node;
  if (parent?.type === "VariableDeclarator" && parent.id.type === "Identifier") return parent.id.name;
  return null;
}

/**
 * How code outside a function reaches it besides its names: "named" (a declaration, or the value of a
 * variable: every reach is by name), "called-at-once" (`(function step(i) {...})(0);`, its result
 * dropped), "exported" (`module.exports = function write() {}`), or "value" (passed, stored, returned).
 * A function expression's own name is seen only inside it, so where it stands says the rest.
 */
export function functionPosition(path: ASTPath<any>): "named" | "called-at-once" | "exported" | "value" {
  const node = path.node;
  if (node.type === "FunctionDeclaration") return "named";
  const [parent, grandparent] = ancestorNodes(path);
  if (parent?.type === "VariableDeclarator" && parent.init === node) return "named";
  if (parent?.type === "CallExpression" && parent.callee === node && grandparent?.type === "ExpressionStatement") return "called-at-once";
  if (parent?.type === "AssignmentExpression" && parent.right === node && EXPORT_TARGET.test(memberText(parent.left) ?? "")) return "exported";
  return "value";
}

/** Every name code may reach a function by: its own (a function expression's, inside it) and its variable's. */
export function namesOf(path: ASTPath<any>): string[] {
  const parent = path.parentPath?.node;
  const names = [path.node.id?.name, parent?.type === "VariableDeclarator" && parent.init === path.node && parent.id.type === "Identifier" ? parent.id.name : undefined];
  return [...new Set(names.filter((name): name is string => typeof name === "string"))];
}

/** Making this function `async` would break `new`: it looks like, or is used as, a constructor, or uses `this` outside a method. */
export function mayBeConstructor(j: JSCodeshift, root: Collection<any>, path: ASTPath<any>): boolean {
  const node = path.node;
  if (node.type === "ArrowFunctionExpression" || node.type === "ObjectMethod" || node.type === "ClassMethod" || node.type === "ClassPrivateMethod") {
    return node.kind === "constructor";
  }
  if (usesThis(node)) return true;
  const names = namesOf(path);
  if (!names.length) return false;
  if (names.some((name) => /^[A-Z]/.test(name))) return true;
  // One plain walk (this runs for every function a transform judges): `new name(...)` or `name.prototype`.
  let found = false;
  walk(root.get().node, (current) => {
    if (found) return false;
    if (current.type === "NewExpression" && current.callee.type === "Identifier" && names.includes(current.callee.name)) found = true;
    if (current.type === "MemberExpression" && current.object.type === "Identifier" && names.includes(current.object.name) && current.property.type === "Identifier" && current.property.name === "prototype") found = true;
  });
  return found;
}

/** Getters, setters and constructors can never be `async`. */
export function isAccessorOrConstructor(node: any): boolean {
  return (node.type === "ObjectMethod" || node.type === "ClassMethod" || node.type === "ClassPrivateMethod") && node.kind !== "method";
}

/** The nodes around `path`, nearest first, each once (ast-types gives array slots their parent's node). */
export function ancestorNodes(path: ASTPath<any>): any[] {
  const nodes: any[] = [];
  let last = path.node;
  for (let current = path.parentPath; current; current = current.parentPath) {
    if (current.node !== last) {
      last = current.node;
      nodes.push(last);
    }
  }
  return nodes;
}

/** The function is a declaration that sloppy-mode code may hoist out of a block (Annex B): not at a body's top level. */
export function isDeclaredInBlock(path: ASTPath<any>): boolean {
  if (path.node.type !== "FunctionDeclaration") return false;
  const [container, outer] = ancestorNodes(path);
  if (container?.type === "Program" || container?.type === "ExportNamedDeclaration" || container?.type === "ExportDefaultDeclaration") return false;
  return !(container?.type === "BlockStatement" && isFunctionNode(outer));
}

/** An identifier is read or declared as `await` (legal in sloppy scripts, a syntax error in async functions). */
export function usesAwaitIdentifier(fn: any): boolean {
  let found = false;
  walkOwnBody(fn, (node) => {
    if (node.type === "Identifier" && node.name === "await") found = true;
  });
  return found;
}

export function usesEval(node: any): boolean {
  let found = false;
  walkOwnBody(node, (current) => {
    if (current.type === "Identifier" && current.name === "eval") found = true;
    if (current.type === "WithStatement") found = true;
  });
  return found;
}

export type FunctionUse = "calls-only" | "exported" | "used-as-value" | "called-in-try" | "untracked";

const EXPORT_TARGET = /^(module\.exports|exports)(\.\w+)?$/;

/** `a.b.c` for a chain of names (or `this.b.c`), else null. */
export function memberText(node: any): string | null {
  if (node?.type === "Identifier") return node.name;
  if (node?.type === "ThisExpression") return "this";
  if (node?.type === "MemberExpression" && !node.computed && node.property.type === "Identifier") {
    const object = memberText(node.object);
    return object ? `${object}.${node.property.name}` : null;
  }
  return null;
}

/**
 * How the file uses a named function: only called with the result thrown away (`f(a, cb);`), also
 * exported (callers elsewhere are not visible), or used as a value (passed on, aliased, result read,
 * `new`), which an async function would change. Methods and unnamed functions cannot be tracked.
 * References in `ignored` (ones a transform wrote, such as the argument of its own promisify) do not count.
 */
export function functionUse(j: JSCodeshift, root: Collection<any>, path: ASTPath<any>, ignored?: WeakSet<object>): FunctionUse {
  const node = path.node;
  if (node.type === "ObjectMethod" || node.type === "ClassMethod" || node.type === "ClassPrivateMethod") return "untracked";
  const name = functionName(path);
  // Not references: the function's own name and its variable's.
  const declarationIds = new Set([node.id, path.parentPath?.node?.type === "VariableDeclarator" ? path.parentPath.node.id : null].filter(Boolean));
  if (!name) return "untracked";
  const around = ancestorNodes(path).slice(0, 3);
  // A function expression found by its own name (seen only inside it): where it stands says the rest.
  const position = functionPosition(path);
  if (position === "value") return "used-as-value";
  let use: FunctionUse = position === "exported" || around.some((n) => n.type === "ExportNamedDeclaration" || n.type === "ExportDefaultDeclaration") ? "exported" : "calls-only";
  // A plain walk with ancestors (this runs for every function a transform judges).
  walkWithAncestors(root.get().node, (current: any, outer: readonly any[]) => {
    if (use === "used-as-value" || use === "called-in-try") return false;
    if ((current.type !== "Identifier" && current.type !== "JSXIdentifier") || current.name !== name) return;
    const ref = { node: current };
    if (declarationIds.has(ref.node) || ignored?.has(ref.node)) return;
    const ancestors = [...outer].reverse();
    const parent = ancestors[0];
    if ((parent?.type === "MemberExpression" || parent?.type === "OptionalMemberExpression") && parent.property === ref.node && !parent.computed) return;
    // A property key is not a reference (in `{ f }` the value, a separate node, is).
    if ((parent?.type === "ObjectProperty" || parent?.type === "ClassProperty" || parent?.type === "ObjectMethod" || parent?.type === "ClassMethod") && parent.key === ref.node && parent.value !== ref.node && !parent.computed) return;
    const [, grandparent, greatGrandparent] = ancestors;
    // `f.sync = sync`: a property set on the function, which an async function takes as well.
    const setsProperty = parent?.type === "MemberExpression" && parent.object === ref.node && !parent.computed && grandparent?.type === "AssignmentExpression" && grandparent.left === parent;
    if (setsProperty && parent.property.name !== "prototype" && greatGrandparent?.type === "ExpressionStatement") return;
    if (parent?.type === "CallExpression" && parent.callee === ref.node && grandparent?.type === "ExpressionStatement") {
      // A caller that catches what the call throws synchronously would no longer catch it.
      const until = ancestors.findIndex((n) => isFunctionNode(n));
      if (ancestors.slice(0, until === -1 ? undefined : until).some((n) => n.type === "TryStatement")) use = "called-in-try";
      return;
    }
    // module.exports = f; exports.f = f; module.exports = { f }; export { f }; export default f
    if (parent?.type === "AssignmentExpression" && parent.right === ref.node && EXPORT_TARGET.test(memberText(parent.left) ?? "")) return void (use = "exported");
    if (parent?.type === "ObjectProperty" && parent.value === ref.node && grandparent?.type === "ObjectExpression") {
      if (greatGrandparent?.type === "AssignmentExpression" && EXPORT_TARGET.test(memberText(greatGrandparent.left) ?? "")) return void (use = "exported");
    }
    if (parent?.type === "ExportSpecifier" || parent?.type === "ExportDefaultDeclaration") return void (use = "exported");
    use = "used-as-value";
  });
  return use;
}

function hasUseStrict(directives: any[] | undefined): boolean {
  return (directives ?? []).some((directive: any) => directive.value?.value === "use strict");
}

/** Code at `path` runs in strict mode: an ES module, a class, or under a "use strict" directive. */
export function isStrictAt(path: ASTPath<any>): boolean {
  for (const node of [path.node, ...ancestorNodes(path)]) {
    if (node.type === "ClassBody" || node.type === "ClassDeclaration" || node.type === "ClassExpression") return true;
    if (isFunctionNode(node) && node.body?.type === "BlockStatement" && hasUseStrict(node.body.directives)) return true;
    if (node.type === "Program") return node.sourceType === "module" || hasUseStrict(node.directives);
  }
  return false;
}

/**
 * The function declaration `name` refers to where `path` stands, when that is the only binding of the
 * name there, at the top of its body (one in a block may be undefined where it is read), and never
 * assigned: every read of the name is that function. Null otherwise.
 */
export function soleFunctionDeclaration(j: JSCodeshift, path: ASTPath<any>, name: string): any | null {
  const scope = (path as any).scope?.lookup(name);
  const bindings = scope?.getBindings()[name];
  if (bindings?.length !== 1 || bindings[0].parent?.node?.type !== "FunctionDeclaration" || isDeclaredInBlock(bindings[0].parent)) return null;
  const assigned = findPaths(j, j(scope.path), "AssignmentExpression", (node) => patternNames(node.left).includes(name))
    .some((assignment: ASTPath<any>) => patternNames(assignment.node.left).includes(name) && (assignment as any).scope?.lookup(name) === scope);
  return assigned ? null : bindings[0].parent.node;
}

/** The name a callee is read from first (`fs` of `fs.promises.readFile`), or null (a call, `this`). */
export function rootName(callee: any): string | null {
  let node = callee;
  while (node.type === "MemberExpression" && !node.computed) node = node.object;
  return node.type === "Identifier" ? node.name : null;
}
