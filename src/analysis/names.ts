// Which names a move of code would capture or shadow.
import type * as t from "@babel/types";
import type { API, ASTPath } from "jscodeshift";
import { isPropertyName } from "./error-first";
import { scopeOf, type NodePath } from "./scopes";
import { findPaths, walk } from "./walk";

/** Names the callback would bring into the function's own scope, that the function already uses or declares. */
export function collidingName(
  j: API["jscodeshift"],
  fnPath: ASTPath,
  callbackPath: NodePath<t.Function>,
  errorMovesToo = false,
  renamed: ReadonlySet<string> = new Set(),
): string | null {
  const bindings = scopeOf(callbackPath)?.getBindings() ?? {};
  const callback = callbackPath.node;
  const [first] = callback.params;
  const errorName = first?.type === "Identifier" ? first.name : null;
  for (const name of Object.keys(bindings)) {
    // Declared twice in the callback (`var data` beside the parameter `data`): `let` would be a syntax error.
    if (bindings[name].length > 1) return name;
    if (renamed.has(name)) continue;
    if (name === errorName && !errorMovesToo) continue; // the error name only lives in the catch clause
    if (scopeOf(fnPath as NodePath)?.declares(name)) return name;
    const uses: NodePath<t.Identifier>[] = findPaths(
      j,
      j(fnPath),
      "Identifier",
      (node: t.Identifier) => node.name === name,
    ).paths();
    const usedOutside = uses.some((id) => {
      for (let p: NodePath | null = id; p; p = p.parentPath as NodePath | null) if (p.node === callback) return false;
      // A member's name or a key is no use of the binding.
      return !isPropertyName(id.node, (id.parentPath as NodePath | null)?.node);
    });
    if (usedOutside) return name;
  }
  return null;
}

/**
 * A name of the callback's own (a parameter or a declaration of its body, declared once) that may be
 * renamed in it, everywhere it means that binding: not declared twice, not used from JSX (whose names
 * are no identifiers).
 */
export function renamableInCallback(callbackPath: NodePath<t.Function>, name: string): boolean {
  const bindings = scopeOf(callbackPath)?.getBindings() ?? {};
  if (bindings[name]?.length !== 1) return false;
  let jsx = false;
  walk(callbackPath.node, (node: t.Node) => {
    if (node.type === "JSXIdentifier" && node.name === name) jsx = true;
    return !jsx;
  });
  return !jsx;
}
