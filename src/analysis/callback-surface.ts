// Where a callback-API function that other code still calls with a callback can keep that surface:
// the function stays, with its parameters, as a thin wrapper, and its body moves into an async function
// declared right after the statement that defines it, in the same scope (so it sees the same names).
import type { ASTPath } from "jscodeshift";
import { countReferences } from "./error-first";
import { isFunctionNode, memberText, usesThis, walkOwnBody } from "./functions";

export interface SurfacePlace {
  /** The name the function is known by, the base of the async function's name. */
  name: string;
  /** The statement, in a statement list, after which the async function is declared. */
  statement: ASTPath<any>;
}

/** Nodes an expression-defined function may sit in on the way up to its statement: none opens a scope. */
const PASS_THROUGH = new Set([
  "VariableDeclarator",
  "AssignmentExpression",
  "ObjectProperty",
  "ObjectExpression",
  "ExportNamedDeclaration",
]);

function isStatementList(node: any, parent: any): boolean {
  // A module's or a function's body: a declaration in any other block has block (and Annex B) scoping.
  return node?.type === "Program" || (node?.type === "BlockStatement" && isFunctionNode(parent));
}

/** The path of the node around `path`'s node (ast-types puts a path for each list between them). */
function up(path: ASTPath<any>): ASTPath<any> | null {
  let current = path.parentPath;
  while (current && Array.isArray(current.value)) current = current.parentPath;
  return current ?? null;
}

/** The name an assignment or property gives the function: `exports.load = function`, `{ load: function }`. */
function assignedName(path: ASTPath<any>): string | null {
  const parent = path.parentPath?.node;
  if (parent?.type === "VariableDeclarator" && parent.id.type === "Identifier") return parent.id.name;
  if (parent?.type === "AssignmentExpression" && parent.right === path.node) {
    const last = memberText(parent.left)?.split(".").pop();
    return last && last !== "exports" ? last : null;
  }
  if (
    parent?.type === "ObjectProperty" &&
    parent.value === path.node &&
    !parent.computed &&
    parent.key.type === "Identifier"
  )
    return parent.key.name;
  return null;
}

/** Where `path`'s function can get a callback surface, or why it cannot. */
export function surfacePlaceOf(path: ASTPath<any>, typescript: boolean): SurfacePlace | { reason: string } {
  const node = path.node;
  if (
    node.type !== "FunctionDeclaration" &&
    node.type !== "FunctionExpression" &&
    node.type !== "ArrowFunctionExpression"
  )
    return { reason: "method-keeps-callback" };
  // The wrapper hands each parameter on as it came: a default or pattern would be applied twice.
  if (node.params.some((param: any) => param.type !== "Identifier")) return { reason: "parameters-not-simple" };
  // TypeScript: callbackify's overloads take at most six parameters before the callback, and an
  // optional one would make it pick a shorter overload.
  if (typescript && (node.params.length > 7 || node.params.some((param: any) => param.optional)))
    return { reason: "parameters-not-simple" };
  // An arrow's `this`, `super` and `new.target` are those around it; a function declaration has its own.
  if (usesThis(node) || usesNewTarget(node)) return { reason: "function-uses-this" };
  // A named function expression's own name means it only inside it; the moved body would lose it.
  if (node.type === "FunctionExpression" && node.id && countReferences(node.body, node.id.name) > 0)
    return { reason: "function-refers-to-own-name" };
  const name = node.type === "FunctionDeclaration" ? (node.id?.name ?? null) : assignedName(path);
  if (!name) return { reason: "function-has-no-name" };
  let statement: ASTPath<any> | null = path;
  if (node.type !== "FunctionDeclaration") {
    statement = up(path);
    while (statement && PASS_THROUGH.has(statement.node.type)) statement = up(statement);
    if (statement?.node.type !== "ExpressionStatement" && statement?.node.type !== "VariableDeclaration")
      return { reason: "function-not-defined-by-a-statement" };
  }
  if (!statement) return { reason: "function-not-defined-by-a-statement" };
  const exported = up(statement);
  if (exported?.node.type === "ExportNamedDeclaration" || exported?.node.type === "ExportDefaultDeclaration")
    statement = exported;
  const container = up(statement);
  if (
    !container ||
    !Array.isArray(statement.parentPath?.value) ||
    !isStatementList(container.node, up(container)?.node)
  )
    return { reason: "function-not-defined-by-a-statement" };
  return { name, statement };
}

function usesNewTarget(fn: any): boolean {
  let found = false;
  walkOwnBody(fn.body, (node) => void (found ||= node.type === "MetaProperty" && node.meta.name === "new"));
  return found;
}
