// The names a binding pattern (`a`, `{ a, b: c }`, `[d, ...e]`, `f = 1`) declares, and the names code assigns.
import type * as t from "@babel/types";
import { walk } from "./walk";

/** Names a pattern binds (any node may be given: only patterns bind names). */
export function patternNames(pattern: t.Node | null | undefined, into: string[] = []): string[] {
  if (!pattern) return into;
  switch (pattern.type) {
    case "Identifier":
      into.push(pattern.name);
      break;
    case "AssignmentPattern":
      patternNames(pattern.left, into);
      break;
    case "RestElement":
      patternNames(pattern.argument, into);
      break;
    case "ArrayPattern":
      for (const element of pattern.elements) patternNames(element, into);
      break;
    case "ObjectPattern":
      for (const property of pattern.properties)
        patternNames(property.type === "RestElement" ? property : property.value, into);
      break;
    case "TSParameterProperty":
      patternNames(pattern.parameter, into);
      break;
  }
  return into;
}

/**
 * Names assigned anywhere in `node`, with how often: `=` and the compound assignments, destructuring,
 * `++`/`--`, and the head of a `for...in`/`for...of` that assigns a name on every round (`for (x of xs)`,
 * and `for (var x of xs)`, whose `var` is the function's own binding of x).
 */
export function assignedNames(node: t.Node | readonly t.Node[]): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (target: t.Node | null | undefined) => {
    for (const name of patternNames(target)) counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  const visit = (current: t.Node) => {
    if (current.type === "AssignmentExpression") count(current.left);
    if (current.type === "UpdateExpression" && current.argument.type === "Identifier") count(current.argument);
    if (current.type === "ForOfStatement" || current.type === "ForInStatement") {
      const left = current.left;
      if (left.type !== "VariableDeclaration") count(left);
      else if (left.kind === "var") for (const declarator of left.declarations) count(declarator.id);
    }
  };
  for (const root of Array.isArray(node) ? node : [node]) walk(root, visit);
  return counts;
}
