// Which names a move of code would capture or shadow.
import type { API, ASTPath } from "jscodeshift";
import { findPaths } from "./walk";

/** Names the callback would bring into the function's own scope, that the function already uses or declares. */
export function collidingName(
  j: API["jscodeshift"],
  fnPath: ASTPath<any>,
  callbackPath: ASTPath<any>,
  errorMovesToo = false,
): string | null {
  const bindings = (callbackPath as any).scope.getBindings();
  const callback = callbackPath.node;
  for (const name of Object.keys(bindings)) {
    // Declared twice in the callback (`var data` beside the parameter `data`): `let` would be a syntax error.
    if (bindings[name].length > 1) return name;
    if (name === callback.params[0]?.name && !errorMovesToo) continue; // the error name only lives in the catch clause
    if ((fnPath as any).scope.declares(name)) return name;
    const usedOutside = findPaths(j, j(fnPath), "Identifier", (node) => node.name === name).some((id: ASTPath<any>) => {
      for (let p: ASTPath<any> | null = id; p; p = p.parentPath) if (p.node === callback) return false;
      const parent = id.parentPath?.node;
      const isKey =
        (parent?.type === "MemberExpression" && parent.property === id.node && !parent.computed) ||
        ((parent?.type === "ObjectProperty" || parent?.type === "ClassProperty") &&
          parent.key === id.node &&
          parent.value !== id.node &&
          !parent.computed);
      return !isKey;
    });
    if (usedOutside) return name;
  }
  return null;
}
