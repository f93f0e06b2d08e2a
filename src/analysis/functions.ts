// Facts about functions: which function a statement belongs to, how it is used, what making it
// `async` would change.
import type * as t from "@babel/types";
import { declaringScope } from "./scopes";
import type { ASTPath, Collection, JSCodeshift } from "jscodeshift";
import { CALLBACK_PARAMETER_NAME } from "../knowledge/callback-conventions";
import { isPropertyName } from "./error-first";
import { patternNames } from "./patterns";
import { findPaths, walk, walkWithAncestors } from "./walk";

const FUNCTION_TYPES = new Set([
  "FunctionDeclaration",
  "FunctionExpression",
  "ArrowFunctionExpression",
  "ObjectMethod",
  "ClassMethod",
  "ClassPrivateMethod",
]);

/** Statements that run their body again. */
export const LOOP_STATEMENTS: ReadonlySet<string> = new Set([
  "ForStatement",
  "ForInStatement",
  "ForOfStatement",
  "WhileStatement",
  "DoWhileStatement",
]);

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
    if (current !== node && isFunctionNode(current) && !(enterArrows && current.type === "ArrowFunctionExpression"))
      return false;
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
  const isCallbackCall = (node: any) =>
    callback !== undefined &&
    node?.type === "CallExpression" &&
    node.callee.type === "Identifier" &&
    node.callee.name === callback;
  walkOwnBody(
    fn.body,
    (node) => {
      if (node !== except && node.type === "ReturnStatement" && node.argument && !isCallbackCall(node.argument))
        found = true;
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
  if (parent?.type === "CallExpression" && parent.callee === node && grandparent?.type === "ExpressionStatement")
    return "called-at-once";
  if (
    parent?.type === "AssignmentExpression" &&
    parent.right === node &&
    EXPORT_TARGET.test(memberText(parent.left) ?? "")
  )
    return "exported";
  return "value";
}

/** Every name code may reach a function by: its own (a function expression's, inside it) and its variable's. */
export function namesOf(path: ASTPath<any>): string[] {
  const parent = path.parentPath?.node;
  const names = [
    path.node.id?.name,
    parent?.type === "VariableDeclarator" && parent.init === path.node && parent.id.type === "Identifier"
      ? parent.id.name
      : undefined,
  ];
  return [...new Set(names.filter((name): name is string => typeof name === "string"))];
}

/** Making this function `async` would break `new`: it looks like, or is used as, a constructor, or uses `this` outside a method. */
export function mayBeConstructor(j: JSCodeshift, root: Collection<any>, path: ASTPath<any>): boolean {
  const node = path.node;
  if (
    node.type === "ArrowFunctionExpression" ||
    node.type === "ObjectMethod" ||
    node.type === "ClassMethod" ||
    node.type === "ClassPrivateMethod"
  ) {
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
    if (current.type === "NewExpression" && current.callee.type === "Identifier" && names.includes(current.callee.name))
      found = true;
    if (
      current.type === "MemberExpression" &&
      current.object.type === "Identifier" &&
      names.includes(current.object.name) &&
      current.property.type === "Identifier" &&
      current.property.name === "prototype"
    )
      found = true;
  });
  return found;
}

/** Getters, setters and constructors can never be `async`. */
export function isAccessorOrConstructor(node: any): boolean {
  return (
    (node.type === "ObjectMethod" || node.type === "ClassMethod" || node.type === "ClassPrivateMethod") &&
    node.kind !== "method"
  );
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
  if (
    container?.type === "Program" ||
    container?.type === "ExportNamedDeclaration" ||
    container?.type === "ExportDefaultDeclaration"
  )
    return false;
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

/**
 * Whether a call ignores what a function passed to it returns (Node calls a core API's callback, a
 * timer's or a deferral's, and drops its result; see ContractIndex.ignoresResult). `callDropped`: the
 * call's own result is thrown away.
 */
export type ResultIgnored = (call: t.CallExpression | t.NewExpression, arg: t.Node, callDropped: boolean) => boolean;

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
 * How the file uses a function: only called with the result thrown away (`f(a, cb);`, or
 * `return f(a, cb);` from a function whose own result is thrown away), also exported (callers
 * elsewhere are not visible), or used as a value (passed on, aliased, result read, `new`), which an
 * async function would change; "untracked" when code this file does not follow may reach it (a
 * prototype method, a method of an object passed around). A method is judged by its object or class
 * (see methodUse). References in `ignored` (ones a transform wrote, such as the argument of its own
 * promisify) do not count. `ignoresResult` says which calls drop what a function passed to them returns.
 */
export function functionUse(
  j: JSCodeshift,
  root: Collection<any>,
  path: ASTPath<any>,
  ignored?: WeakSet<object>,
  ignoresResult?: ResultIgnored,
): FunctionUse {
  const node = path.node;
  const program = root.get().node;
  const method = methodPlaceOf(path);
  if (method) return methodUse(program, method, ignored);
  // A function expression found by its own name (seen only inside it): where it stands says the rest.
  const position = functionPosition(path);
  if (position === "value") return "used-as-value";
  const around = ancestorNodes(path).slice(0, 3);
  const exported =
    position === "exported" ||
    around.some((n) => n.type === "ExportNamedDeclaration" || n.type === "ExportDefaultDeclaration");
  const name = functionName(path);
  // `(function (a, cb) { ... })(x, done);`: its one call, result dropped, is every use.
  if (!name) return exported ? "exported" : position === "called-at-once" ? "calls-only" : "untracked";
  // Not references: the function's own name and its variable's.
  const declarationIds = new Set(
    [node.id, path.parentPath?.node?.type === "VariableDeclarator" ? path.parentPath.node.id : null].filter(Boolean),
  );
  const uses: NameUses = { program, ignored, ignoresResult, judging: new Map() };
  return useByName(uses, name, declarationIds, exported ? "exported" : "calls-only");
}

interface NameUses {
  program: t.Node;
  ignored?: WeakSet<object>;
  ignoresResult?: ResultIgnored;
  /** The functions being judged, with what they are taken to be meanwhile (a call cycle keeps it). */
  judging: Map<string, FunctionUse>;
}

/** What the references to `name` (all of them, whatever their scope) do with the function it names. */
function useByName(uses: NameUses, name: string, declarationIds: ReadonlySet<t.Node>, start: FunctionUse): FunctionUse {
  const { program, ignored } = uses;
  let use = start;
  uses.judging.set(name, start);
  // A plain walk with ancestors (this runs for every function a transform judges).
  walkWithAncestors(program, (current: any, outer: readonly any[]) => {
    if (use === "used-as-value" || use === "called-in-try") return false;
    if ((current.type !== "Identifier" && current.type !== "JSXIdentifier") || current.name !== name) return;
    if (declarationIds.has(current) || ignored?.has(current)) return;
    const ancestors = [...outer].reverse();
    const parent = ancestors[0];
    if (
      (parent?.type === "MemberExpression" || parent?.type === "OptionalMemberExpression") &&
      parent.property === current &&
      !parent.computed
    )
      return;
    // A property key is not a reference (in `{ f }` the value, a separate node, is).
    if (
      (parent?.type === "ObjectProperty" ||
        parent?.type === "ClassProperty" ||
        parent?.type === "ObjectMethod" ||
        parent?.type === "ClassMethod") &&
      parent.key === current &&
      parent.value !== current &&
      !parent.computed
    )
      return;
    const [, grandparent, greatGrandparent] = ancestors;
    // `f.sync = sync`: a property set on the function, which an async function takes as well.
    const setsProperty =
      parent?.type === "MemberExpression" &&
      parent.object === current &&
      !parent.computed &&
      grandparent?.type === "AssignmentExpression" &&
      grandparent.left === parent;
    if (setsProperty && parent.property.name !== "prototype" && greatGrandparent?.type === "ExpressionStatement")
      return;
    const reach = referenceReach(current, ancestors);
    const returned = reach === "other" ? returnedCallReach(uses, current, ancestors) : reach;
    if (returned === "call") return;
    if (returned === "exported" || returned === "called-in-try") return void (use = returned);
    use = "used-as-value";
  });
  uses.judging.delete(name);
  return use;
}

/** `value` is what its function returns: `return value`, or an arrow's expression body. */
export function isReturnedValue(value: t.Node, holder: t.Node | undefined): boolean {
  return (
    (holder?.type === "ReturnStatement" && holder.argument === value) ||
    (holder?.type === "ArrowFunctionExpression" && holder.body === value)
  );
}

/**
 * For a function (`above`: its ancestors, nearest first) passed to a call or `new`: whether that call
 * drops what it returns (see ResultIgnored); null when it is not passed to one.
 */
export function droppedByItsCall(fn: t.Node, above: readonly t.Node[], ignoresResult: ResultIgnored): boolean | null {
  const [holder, holderParent] = above;
  if (
    (holder?.type !== "CallExpression" && holder?.type !== "NewExpression") ||
    !holder.arguments.includes(fn as t.Expression)
  )
    return null;
  return ignoresResult(holder, fn, holderParent?.type === "ExpressionStatement");
}

/**
 * `return f(x)` (or `() => f(x)`) in a function whose own result is thrown away: "call" as a call in
 * a statement is; "called-in-try" when a `try` around the return, or around a call of that function,
 * would catch what `f` throws synchronously; else "other". The function around is a callback of a call
 * that ignores its result, or a function of the file (by its name) whose result is thrown away in turn.
 */
function returnedCallReach(
  uses: NameUses,
  ref: t.Node,
  ancestors: readonly t.Node[],
): "call" | "called-in-try" | "other" {
  const [parent, grandparent] = ancestors;
  if (parent?.type !== "CallExpression" || parent.callee !== ref || !uses.ignoresResult) return "other";
  if (!isReturnedValue(parent, grandparent)) return "other";
  const at = ancestors.findIndex((n) => isFunctionNode(n));
  const fn = ancestors[at] as t.Function | undefined;
  if (!fn || fn.generator) return "other";
  if (ancestors.slice(0, at).some((n) => n.type === "TryStatement")) return "called-in-try";
  const dropped = droppedByItsCall(fn, ancestors.slice(at + 1), uses.ignoresResult);
  if (dropped !== null) return dropped ? "call" : "other";
  // A function of the file reached by its name: its own references say whether its result is read.
  const holder = ancestors[at + 1];
  const declarator = holder?.type === "VariableDeclarator" && holder.init === fn ? holder : null;
  const id = fn.type === "FunctionDeclaration" ? fn.id : declarator?.id;
  if (id?.type !== "Identifier" || (declarator && "id" in fn && fn.id)) return "other";
  // (Round a cycle of such returns, nothing else reads the result.)
  const judged = uses.judging.get(id.name);
  if (judged !== undefined) return judged === "calls-only" ? "call" : "other";
  if (uses.judging.size > 4) return "other";
  const use = useByName(uses, id.name, new Set([id]), "calls-only");
  return use === "calls-only" ? "call" : use === "called-in-try" ? "called-in-try" : "other";
}

/**
 * What one reference to a function (or to the object or class holding it) does with it: "call" (its
 * result dropped), "called-in-try" (a caller that catches what the call throws synchronously would no
 * longer catch it), "exported" (`module.exports = f`, `exports.f = f`, `module.exports = { f }`,
 * `export { f }`, `export default f`), or "other" (passed, stored, aliased, read). `ancestors`: nearest first.
 */
function referenceReach(ref: any, ancestors: readonly any[]): "call" | "called-in-try" | "exported" | "other" {
  const [parent, grandparent, greatGrandparent] = ancestors;
  if (parent?.type === "CallExpression" && parent.callee === ref && grandparent?.type === "ExpressionStatement") {
    const until = ancestors.findIndex((n) => isFunctionNode(n));
    return ancestors.slice(0, until === -1 ? undefined : until).some((n) => n.type === "TryStatement")
      ? "called-in-try"
      : "call";
  }
  if (
    parent?.type === "AssignmentExpression" &&
    parent.right === ref &&
    EXPORT_TARGET.test(memberText(parent.left) ?? "")
  )
    return "exported";
  if (parent?.type === "ObjectProperty" && parent.value === ref && grandparent?.type === "ObjectExpression") {
    if (
      greatGrandparent?.type === "AssignmentExpression" &&
      EXPORT_TARGET.test(memberText(greatGrandparent.left) ?? "")
    )
      return "exported";
  }
  if (parent?.type === "ExportSpecifier" || parent?.type === "ExportDefaultDeclaration") return "exported";
  return "other";
}

/**
 * A method: a member of an object literal or class, or a function assigned to a member (`X.m = function`,
 * `X.prototype.m = function`). `key` is the name code reads it by (null: computed or private), `owner`
 * the literal or class node (null for an assignment), `ownerName` the name the owner is reached by,
 * `exported` whether the owner itself is exported where it is written, `onInstances` whether it is
 * reached through instances (a prototype method), which this file cannot follow.
 */
interface MethodPlace {
  key: string | null;
  owner: any | null;
  ownerName: string | null;
  exported: boolean;
  /** The owner is written where it goes on as a value: whoever gets it may call the method. */
  passed?: boolean;
  onInstances: boolean;
}

function keyName(member: any): string | null {
  if (member.computed) return null;
  return member.key?.type === "Identifier"
    ? member.key.name
    : member.key?.type === "StringLiteral"
      ? member.key.value
      : null;
}

/**
 * Where an object literal or class is bound: its variable's (or class's) name, whether it is exported
 * there, and whether it is written where it goes on as a value (an argument, a return, an element).
 */
function ownerBinding(
  owner: any,
  around: readonly any[],
): { ownerName: string | null; exported: boolean; passed: boolean } {
  const [parent, , greatGrandparent] = around;
  const exportedDeclaration = (node: any) =>
    node?.type === "ExportNamedDeclaration" || node?.type === "ExportDefaultDeclaration";
  if (owner.type === "ClassDeclaration")
    return { ownerName: owner.id?.name ?? null, exported: exportedDeclaration(parent), passed: false };
  if (parent?.type === "VariableDeclarator" && parent.init === owner && parent.id.type === "Identifier")
    return { ownerName: parent.id.name, exported: exportedDeclaration(greatGrandparent), passed: false };
  if (
    parent?.type === "AssignmentExpression" &&
    parent.right === owner &&
    EXPORT_TARGET.test(memberText(parent.left) ?? "")
  )
    return { ownerName: null, exported: true, passed: false };
  if (exportedDeclaration(parent)) return { ownerName: null, exported: true, passed: false };
  // `async.parallel({ a: function (next) {...} })`, `return { m() {} }`, `x.y = { m() {} }`.
  return { ownerName: null, exported: false, passed: true };
}

/** TypeScript nodes whose names are types, not values the code reads at run time. */
const TYPE_POSITIONS = new Set([
  "TSTypeReference",
  "TSQualifiedName",
  "TSTypeQuery",
  "TSExpressionWithTypeArguments",
  "TSInterfaceHeritage",
  "TSClassImplements",
]);

/** The method `path`'s function is (see MethodPlace), or null for a function reached otherwise. */
function methodPlaceOf(path: ASTPath<any>): MethodPlace | null {
  const node = path.node;
  const ancestors = ancestorNodes(path);
  const [parent] = ancestors;
  if (
    node.type === "ObjectMethod" ||
    (parent?.type === "ObjectProperty" && parent.value === node && isFunctionNode(node))
  ) {
    const member = node.type === "ObjectMethod" ? node : parent;
    const at = ancestors.indexOf(member) + 1;
    const owner = ancestors[at];
    return { key: keyName(member), owner, ...ownerBinding(owner, ancestors.slice(at + 1)), onInstances: false };
  }
  const classMember =
    node.type === "ClassMethod" || node.type === "ClassPrivateMethod"
      ? node
      : (parent?.type === "ClassProperty" || parent?.type === "ClassPrivateProperty") && parent.value === node
        ? parent
        : null;
  if (classMember) {
    const at = ancestors.indexOf(classMember) + 2;
    const owner = ancestors[at];
    if (!owner) return null;
    const key =
      classMember.type === "ClassPrivateMethod" || classMember.type === "ClassPrivateProperty"
        ? null
        : keyName(classMember);
    return { key, owner, ...ownerBinding(owner, ancestors.slice(at + 1)), onInstances: !classMember.static };
  }
  if (
    parent?.type === "AssignmentExpression" &&
    parent.right === node &&
    parent.left.type === "MemberExpression" &&
    isFunctionNode(node)
  ) {
    // `module.exports.f = function` and `exports.f = function` are exports of the function itself.
    if (EXPORT_TARGET.test(memberText(parent.left) ?? "")) return null;
    const left = parent.left;
    const key = left.computed ? null : (left.property.name ?? null);
    const object = left.object;
    // `X.prototype.m = function`: reached through instances of X.
    if (
      object.type === "MemberExpression" &&
      !object.computed &&
      object.property.name === "prototype" &&
      object.object.type === "Identifier"
    ) {
      return { key, owner: null, ownerName: object.object.name, exported: false, onInstances: true };
    }
    return {
      key,
      owner: null,
      ownerName: object.type === "Identifier" ? object.name : null,
      exported: false,
      onInstances: object.type !== "Identifier",
    };
  }
  return null;
}

/**
 * How code reaches a method, through its owner: exported when the owner is (in any of the ways a
 * function is), "untracked" when the owner escapes (passed, stored, aliased, destructured) or the
 * method is reached through instances; else as the method itself is used, by `X.m(...)` and `this.m(...)`:
 * calls whose result is dropped, calls inside a `try`, or other uses (`X.m` passed on).
 */
function methodUse(program: any, method: MethodPlace, ignored?: WeakSet<object>): FunctionUse {
  const { key, owner, ownerName } = method;
  let exported = method.exported;
  if (method.passed) return "used-as-value";
  let escapes = ownerName === null && !exported;
  let methodUse: FunctionUse = "calls-only";
  const useOfMember = (member: any, ancestors: readonly any[]) => {
    const [parent] = ancestors;
    // `X.m = function () {}` (the definition itself, or a replacement): not a use of the method.
    if (parent?.type === "AssignmentExpression" && parent.left === member) return;
    const reach = referenceReach(member, ancestors);
    if (reach === "call") return;
    if (reach === "called-in-try") methodUse = methodUse === "used-as-value" ? methodUse : reach;
    else if (reach === "exported") exported = true;
    else methodUse = "used-as-value";
  };
  // `X.m = function` on an X this file did not make (`const api = module.exports`, a required module,
  // a parameter): others hold X too.
  if (ownerName && !owner) {
    const made = madeHere(program, ownerName);
    if (made === "exports") exported = true;
    else if (!made) escapes = true;
  }
  if (ownerName) {
    walkWithAncestors(program, (current: any, outer: readonly any[]) => {
      if (current.type !== "Identifier" || current.name !== ownerName || ignored?.has(current)) return;
      const ancestors = [...outer].reverse();
      const parent = ancestors[0];
      // Declarations and keys are not references.
      if (
        (parent?.type === "VariableDeclarator" ||
          parent?.type === "ClassDeclaration" ||
          parent?.type === "ClassExpression" ||
          parent?.type === "FunctionDeclaration" ||
          parent?.type === "FunctionExpression") &&
        parent.id === current
      )
        return;
      if (isPropertyName(current, parent) || TYPE_POSITIONS.has(parent?.type)) return;
      if (
        (parent?.type === "MemberExpression" || parent?.type === "OptionalMemberExpression") &&
        parent.object === current
      ) {
        if (parent.computed) return void (escapes = true);
        if (!method.onInstances && parent.property.name === key) useOfMember(parent, ancestors.slice(1));
        return;
      }
      if (parent?.type === "NewExpression" && parent.callee === current) return;
      const reach = referenceReach(current, ancestors);
      if (reach === "exported") exported = true;
      else escapes = true;
    });
  }
  if (exported) return "exported";
  // (A result read is a use whoever else may call it: the same verdict once this run's own calls are written.)
  if ((methodUse as FunctionUse) === "used-as-value") return "used-as-value";
  if (escapes || method.onInstances || key === null) return "untracked";
  // Every other read of a member named like it: `this.m(...)` anywhere (a function attached to the
  // object later has it as `this`), and through any other object (an alias, `x.self().m`), which this
  // file cannot tell from another object's `m`: out of sight.
  walkWithAncestors(program, (current: any, outer: readonly any[]) => {
    if (escapes || (current.type !== "MemberExpression" && current.type !== "OptionalMemberExpression")) return;
    const name = current.computed
      ? current.property.type === "StringLiteral"
        ? current.property.value
        : null
      : current.property.name;
    if (name !== key || (current.object.type === "Identifier" && current.object.name === ownerName)) return;
    if (current.object.type === "ThisExpression" && !current.computed) useOfMember(current, [...outer].reverse());
    else if (!(outer[outer.length - 1]?.type === "AssignmentExpression" && outer[outer.length - 1].left === current))
      escapes = true;
  });
  return escapes ? "untracked" : methodUse;
}

/**
 * Whether this file makes the object `name` holds: "made" (an object literal, a class, a function of
 * the file under that name), "exports" (`const api = module.exports`), or null (a required module, a
 * parameter, a call's result, nothing found).
 */
function madeHere(program: any, name: string): "made" | "exports" | null {
  let found: "made" | "exports" | null = null;
  walk(program, (node) => {
    if ((node.type === "FunctionDeclaration" || node.type === "ClassDeclaration") && node.id?.name === name)
      found = "made";
    if (node.type !== "VariableDeclarator" || node.id.type !== "Identifier" || node.id.name !== name || !node.init)
      return;
    if (/^(ObjectExpression|ClassExpression|FunctionExpression|ArrowFunctionExpression)$/.test(node.init.type))
      found = "made";
    else if (EXPORT_TARGET.test(memberText(node.init) ?? "")) found = "exports";
  });
  return found;
}

/** Calls that call a function they are given later (any argument of theirs may be a callback). */
const DEFERRING_CALLS = new Set(["process.nextTick", "setImmediate", "setTimeout", "setInterval", "queueMicrotask"]);

/**
 * The function may take a callback (judged on its body as read): it reads its arguments as a list (a
 * rest parameter, `arguments`), or its last parameter (with a default or not) is named like a callback
 * (`cb`, `done`, `next`, ...), typed as a function, or used as one anywhere in the body: called, called
 * through `.call`/`.apply`/`.bind`, passed as a call's last argument after others, or to a timer or deferral
 * (`process.nextTick(cb, null, v)`), stored, aliased, returned, or tested with `typeof x === 'function'`. A last parameter
 * only read as data (an operand, a property's object, an argument before others) is not one. With
 * `handedOn: false`, handing it to another call or keeping it counts no more (for functions that return
 * promises, whose last parameter is more often data handed on: `Promise.resolve(value)`).
 */
export function takesCallback(fn: any, { handedOn = true } = {}): boolean {
  const param = fn.params[fn.params.length - 1];
  if (param?.type === "RestElement" || usesArguments(fn)) return true;
  const last = param?.type === "AssignmentPattern" ? param.left : param;
  if (last?.type !== "Identifier") return false;
  if (CALLBACK_PARAMETER_NAME.test(last.name)) return true;
  const type = last.typeAnnotation?.typeAnnotation;
  if (type?.type === "TSFunctionType" || (type?.type === "TSTypeReference" && type.typeName?.name === "Function"))
    return true;
  let used = false;
  walkWithAncestors(fn.body, (node: any, ancestors: readonly any[]) => {
    if (used) return false;
    if (node.type !== "Identifier" || node.name !== last.name) return;
    const parent = ancestors[ancestors.length - 1];
    if (isPropertyName(node, parent)) return;
    const called =
      (parent?.type === "CallExpression" && parent.callee === node) ||
      (parent?.type === "MemberExpression" &&
        parent.object === node &&
        !parent.computed &&
        ["call", "apply", "bind"].includes(parent.property.name));
    const deferred =
      parent?.type === "CallExpression" &&
      DEFERRING_CALLS.has(memberText(parent.callee) ?? "") &&
      parent.arguments.includes(node);
    const kept =
      // Handed on after other arguments, where callbacks go (`other(p, fn)`); alone it is data (`parse(args)`).
      (parent?.type === "CallExpression" &&
        parent.arguments.length >= 2 &&
        parent.arguments[parent.arguments.length - 1] === node) ||
      (parent?.type === "VariableDeclarator" && parent.init === node) ||
      (parent?.type === "AssignmentExpression" && parent.right === node) ||
      ["ReturnStatement", "ObjectProperty", "ArrayExpression", "NewExpression"].includes(parent?.type);
    // `typeof cb === 'function'`.
    const comparison = ancestors[ancestors.length - 2];
    const testedAsFunction =
      parent?.type === "UnaryExpression" &&
      parent.operator === "typeof" &&
      comparison?.type === "BinaryExpression" &&
      [comparison.left, comparison.right].some(
        (side: any) => side.type === "StringLiteral" && side.value === "function",
      );
    const asCallback = called || deferred || testedAsFunction || (handedOn && kept);
    if (asCallback) used = true;
  });
  return used;
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
  const scope = declaringScope(path, name);
  const bindings = scope?.getBindings()[name];
  if (
    !scope ||
    bindings?.length !== 1 ||
    bindings[0].parent?.node?.type !== "FunctionDeclaration" ||
    isDeclaredInBlock(bindings[0].parent)
  )
    return null;
  const assigned = findPaths(j, j(scope.path), "AssignmentExpression", (node) =>
    patternNames(node.left).includes(name),
  ).some(
    (assignment: ASTPath<any>) =>
      patternNames(assignment.node.left).includes(name) && declaringScope(assignment, name) === scope,
  );
  return assigned ? null : bindings[0].parent.node;
}

/** The name a callee is read from first (`fs` of `fs.promises.readFile`), or null (a call, `this`). */
export function rootName(callee: any): string | null {
  let node = callee;
  while (node.type === "MemberExpression" && !node.computed) node = node.object;
  return node.type === "Identifier" ? node.name : null;
}
