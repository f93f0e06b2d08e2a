// Renaming the bindings a function declares inside itself, by scope: a name read inside it that means
// something outside (the enclosing function's `text`) stays, even where a block of the function
// declares the same name for itself. ast-types' scopes are per function (a `let` in a block looks
// function-wide there), so the walk keeps its own stack of block, loop, catch and function scopes.
import type * as t from "@babel/types";
import { isFunctionNode } from "../analysis/functions";
import { patternNames } from "../analysis/patterns";
import { forEachChildKey, walk } from "../analysis/walk";

/** Names a list of statements declares for its block: `let`, `const`, classes and functions. */
function lexicalNames(statements: readonly t.Node[]): string[] {
  const names: string[] = [];
  for (const statement of statements) {
    if (statement.type === "VariableDeclaration" && statement.kind !== "var")
      for (const declarator of statement.declarations) names.push(...patternNames(declarator.id));
    if ((statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration") && statement.id)
      names.push(statement.id.name);
  }
  return names;
}

/** Names `var` declares anywhere in a function's own body (not in the functions nested in it). */
function varNames(body: t.Node): string[] {
  const names: string[] = [];
  walk(body, (node: t.Node) => {
    if (node !== body && (isFunctionNode(node) || node.type.startsWith("Class"))) return false;
    if (node.type === "VariableDeclaration" && node.kind === "var")
      for (const declarator of node.declarations) names.push(...patternNames(declarator.id));
  });
  return names;
}

/** The names a node opens a scope for, or null when it opens none. */
function scopeNames(node: t.Node, parent: t.Node | null): string[] | null {
  if (isFunctionNode(node)) {
    const fn = node as t.Function;
    const body = fn.body;
    return [
      ...fn.params.flatMap((param) => patternNames(param)),
      ...(body.type === "BlockStatement" ? [...varNames(body), ...lexicalNames(body.body)] : []),
      // A named function expression sees its own name.
      ...(node.type === "FunctionExpression" && node.id ? [node.id.name] : []),
    ];
  }
  if (node.type === "BlockStatement" && !(parent && isFunctionNode(parent))) return lexicalNames(node.body);
  if (node.type === "SwitchStatement") return lexicalNames(node.cases.flatMap((branch) => branch.consequent));
  if (node.type === "CatchClause") return node.param ? patternNames(node.param) : [];
  if (node.type === "ForStatement" && node.init?.type === "VariableDeclaration" && node.init.kind !== "var")
    return node.init.declarations.flatMap((declarator) => patternNames(declarator.id));
  if (
    (node.type === "ForInStatement" || node.type === "ForOfStatement") &&
    node.left.type === "VariableDeclaration" &&
    node.left.kind !== "var"
  )
    return node.left.declarations.flatMap((declarator) => patternNames(declarator.id));
  return null;
}

/** `id` (under `parent` at `key`) is a name of a property or member, not a binding or a reference. */
function isKey(parent: t.Node | null, key: string): boolean {
  if (!parent) return false;
  if ((parent.type === "MemberExpression" || parent.type === "OptionalMemberExpression") && key === "property")
    return !parent.computed;
  if ((parent.type === "ObjectProperty" || parent.type === "ClassProperty") && key === "key") return !parent.computed;
  if ((parent.type === "ObjectMethod" || parent.type === "ClassMethod") && key === "key") return !parent.computed;
  return false;
}

/**
 * In `fn`, give every binding of `from` that `fn` declares (its parameter, a `var`, a `let` of a block
 * in it; not a nested function's own) the name `to`, with every reference that reaches one of them; a
 * shorthand `{ from }` becomes `{ from: to }`. References to a `from` outside `fn` stay. `to` must be
 * a name nothing in the file uses.
 */
export function renameBindingsIn(fn: t.Function, from: string, to: string): void {
  const visit = (node: t.Node, parent: t.Node | null, key: string, inside: boolean): void => {
    const opened = scopeNames(node, parent);
    // A function nested in `fn` that binds `from` again keeps its own (it hides the renamed one).
    const nestedOwn = node !== fn && isFunctionNode(node) && opened !== null && opened.includes(from);
    const declares = !nestedOwn && (inside || (opened !== null && opened.includes(from)));
    // `{ from }` (or `{ from = x }` in a pattern) keeps its key: `{ from: to }`.
    if (node.type === "ObjectProperty" && node.shorthand && declares) {
      const value = node.value.type === "AssignmentPattern" ? node.value.left : node.value;
      if (value.type === "Identifier" && value.name === from) {
        node.shorthand = false;
        node.key = { type: "Identifier", name: from };
        if (node.extra) node.extra = { ...node.extra, shorthand: false };
      }
    }
    if (node.type === "Identifier" && node.name === from && !isKey(parent, key)) {
      if (declares) node.name = to;
      return;
    }
    // Under a binding of `from` made inside `fn`, every `from` means one made inside.
    forEachChildKey(node, (child: t.Node, childKey: string) => visit(child, node, childKey, declares));
  };
  visit(fn, null, "", false);
}
