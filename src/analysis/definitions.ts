// Which function a call reaches, when the file says so for certain: `load(...)` with `function load`
// declared once and never reassigned, `store.get(...)` with `const store = { get(k, cb) {...} }`.
import type * as t from "@babel/types";
import type { Declaration } from "./module-bindings";
import { patternNames } from "./patterns";

export interface NameIndex {
  declared: Map<string, Declaration[]>;
  assigned: Set<string>;
  /** Names read other than as the object of a member access or a callee (passed, aliased, spread). */
  escaping?: Set<string>;
}

export type CalleeFacts =
  /** The function the call reaches, written in this file. `hoisted`: a module-level function declaration. */
  | { kind: "function"; node: t.Function; hoisted: boolean }
  /** Defined outside the file, or not known from it: an import, a parameter, a global, `this.x`. */
  | { kind: "outside" }
  /** The name is declared more than once or assigned to: which function runs depends on more than the text. */
  | { kind: "ambiguous" };

const isFunctionValue = (node: t.Node | null | undefined): node is t.FunctionExpression | t.ArrowFunctionExpression =>
  node?.type === "FunctionExpression" || node?.type === "ArrowFunctionExpression";

/** The one declaration of `name` visible from code inside `around`, or why there is none. */
function soleDeclaration(
  name: string,
  around: readonly t.Node[],
  index: NameIndex,
): Declaration | "outside" | "ambiguous" {
  const declarations = index.declared.get(name) ?? [];
  if (declarations.length > 1 || index.assigned.has(name)) return "ambiguous";
  const [declaration] = declarations;
  return declaration && around.includes(declaration.container) ? declaration : "outside";
}

/**
 * The method an object literal or class defines under `name` (static for a class), as written, or
 * "ambiguous" when the literal or class could give that name another value (a second definition, a
 * computed key, a spread, a field or accessor of that name).
 */
function methodIn(definition: t.Node | null | undefined, name: string): t.Function | "ambiguous" | null {
  const members: readonly t.Node[] | null =
    definition?.type === "ObjectExpression"
      ? definition.properties
      : definition?.type === "ClassDeclaration" || definition?.type === "ClassExpression"
        ? definition.body.body
        : null;
  if (!definition || !members) return null;
  const isClass = definition.type !== "ObjectExpression";
  let found: t.Function | "ambiguous" | null = null;
  for (const member of members) {
    if (member.type === "SpreadElement" || ("computed" in member && member.computed)) return "ambiguous";
    const key = "key" in member ? member.key : null;
    const keyName = key?.type === "Identifier" ? key.name : key?.type === "StringLiteral" ? key.value : null;
    if (keyName !== name || (isClass && !("static" in member && member.static))) continue;
    if (found) return "ambiguous";
    if (member.type === "ObjectMethod" || member.type === "ClassMethod")
      found = member.kind === "method" ? member : "ambiguous";
    else if (member.type === "ObjectProperty" && isFunctionValue(member.value)) found = member.value;
    else return "ambiguous";
  }
  return found;
}

/**
 * `name` as seen from inside `around` (its ancestors, nearest first) is a parameter of a function around
 * it: the innermost declaration in sight is one, alone in its scope. What it holds is the caller's.
 */
function isParameterInSight(name: string, around: readonly t.Node[], index: NameIndex): boolean {
  const visible = (index.declared.get(name) ?? []).filter((declaration) => around.includes(declaration.container));
  if (visible.length === 0) return false;
  const depth = (declaration: Declaration) => around.indexOf(declaration.container);
  const nearest = Math.min(...visible.map(depth));
  const innermost = visible.filter((declaration) => depth(declaration) === nearest);
  if (innermost.length !== 1) return false;
  const { node } = innermost[0];
  return (
    "params" in node &&
    Array.isArray(node.params) &&
    node.params.some((param: t.Node) => patternNames(param).includes(name))
  );
}

/** What `callee` (of a call inside `around`, its ancestors) is, from the file's declarations. */
export function calleeFacts(callee: t.Node, around: readonly t.Node[], index: NameIndex): CalleeFacts {
  // A function a caller passed in (`done(...)`, `options.unlink(...)`): not the file's, taken on trust.
  let base: t.Node = callee;
  while (base.type === "MemberExpression") base = base.object;
  if (base.type === "Identifier" && isParameterInSight(base.name, around, index)) return { kind: "outside" };
  if (callee.type === "Identifier") {
    const declaration = soleDeclaration(callee.name, around, index);
    if (typeof declaration === "string") return { kind: declaration };
    const { node, container } = declaration;
    if (node.type === "FunctionDeclaration" && node.body)
      return { kind: "function", node, hoisted: container.type === "Program" };
    if (node.type === "VariableDeclarator" && isFunctionValue(node.init))
      return { kind: "function", node: node.init, hoisted: false };
    return { kind: "outside" };
  }
  if (base.type !== "Identifier") return { kind: "outside" };
  const declaration = soleDeclaration(base.name, around, index);
  if (typeof declaration === "string") return { kind: declaration };
  // `store.get(...)`: a member of the declared object itself, by a name.
  if (callee.type !== "MemberExpression" || callee.object !== base || callee.computed) return { kind: "outside" };
  if (callee.property.type !== "Identifier") return { kind: "outside" };
  const { node } = declaration;
  const definition = node.type === "VariableDeclarator" ? node.init : node;
  const method = methodIn(definition, callee.property.name);
  if (method === "ambiguous") return { kind: "ambiguous" };
  // An object passed around or aliased can get its methods replaced out of sight (`Object.assign`).
  if (method && index.escaping?.has(base.name)) return { kind: "ambiguous" };
  return method ? { kind: "function", node: method, hoisted: false } : { kind: "outside" };
}
