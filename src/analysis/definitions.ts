// Which function a call reaches, when the file says so for certain: `load(...)` with `function load`
// declared once and never reassigned, `store.get(...)` with `const store = { get(k, cb) {...} }`.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Declaration } from "./module-bindings";

export interface NameIndex {
  declared: Map<string, Declaration[]>;
  assigned: Set<string>;
}

export type CalleeFacts =
  /** The function the call reaches, written in this file. `hoisted`: a module-level function declaration. */
  | { kind: "function"; node: any; hoisted: boolean }
  /** Defined outside the file, or not known from it: an import, a parameter, a global, `this.x`. */
  | { kind: "outside" }
  /** The name is declared more than once or assigned to: which function runs depends on more than the text. */
  | { kind: "ambiguous" };

const isFunctionValue = (node: any) => node?.type === "FunctionExpression" || node?.type === "ArrowFunctionExpression";

/** The one declaration of `name` visible from code inside `around`, or why there is none. */
function soleDeclaration(name: string, around: readonly any[], index: NameIndex): Declaration | "outside" | "ambiguous" {
  const declarations = index.declared.get(name) ?? [];
  if (declarations.length > 1 || index.assigned.has(name)) return "ambiguous";
  const [declaration] = declarations;
  return declaration && around.includes(declaration.container) ? declaration : "outside";
}

/** A method an object literal or class defines under `name` (static for a class), as written. */
function methodIn(definition: any, name: string): any | null {
  if (definition?.type === "ObjectExpression") {
    for (const property of definition.properties) {
      if (property.computed || (property.key?.name ?? property.key?.value) !== name) continue;
      if (property.type === "ObjectMethod" && property.kind === "method") return property;
      if (property.type === "ObjectProperty" && isFunctionValue(property.value)) return property.value;
      return null;
    }
  }
  if (definition?.type === "ClassDeclaration" || definition?.type === "ClassExpression") {
    for (const member of definition.body.body) {
      if (member.type === "ClassMethod" && member.static && member.kind === "method" && !member.computed && member.key.name === name) return member;
    }
  }
  return null;
}

/** What `callee` (of a call inside `around`, its ancestors) is, from the file's declarations. */
export function calleeFacts(callee: any, around: readonly any[], index: NameIndex): CalleeFacts {
  if (callee.type === "Identifier") {
    const declaration = soleDeclaration(callee.name, around, index);
    if (typeof declaration === "string") return { kind: declaration };
    const { node, container } = declaration;
    if (node.type === "FunctionDeclaration" && node.body) return { kind: "function", node, hoisted: container.type === "Program" };
    if (node.type === "VariableDeclarator" && isFunctionValue(node.init)) return { kind: "function", node: node.init, hoisted: false };
    return { kind: "outside" };
  }
  let base = callee;
  while (base.type === "MemberExpression") base = base.object;
  if (base.type !== "Identifier") return { kind: "outside" };
  const declaration = soleDeclaration(base.name, around, index);
  if (typeof declaration === "string") return { kind: declaration };
  if (callee.object !== base || callee.computed) return { kind: "outside" };
  const { node } = declaration;
  const definition = node.type === "VariableDeclarator" ? node.init : node;
  const method = methodIn(definition, callee.property.name);
  return method ? { kind: "function", node: method, hoisted: false } : { kind: "outside" };
}
