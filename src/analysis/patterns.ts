// The names a binding pattern (`a`, `{ a, b: c }`, `[d, ...e]`, `f = 1`) declares.
/* eslint-disable @typescript-eslint/no-explicit-any */

/** Names a pattern binds. */
export function patternNames(pattern: any, into: string[] = []): string[] {
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
      for (const property of pattern.properties) patternNames(property.type === "RestElement" ? property : property.value, into);
      break;
    case "TSParameterProperty":
      patternNames(pattern.parameter, into);
      break;
  }
  return into;
}
