// Facts about functions: which function a statement belongs to, how it is used, what making it
// `async` would change.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { ASTPath, Collection, JSCodeshift } from "jscodeshift";

const FUNCTION_TYPES = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression", "ObjectMethod", "ClassMethod", "ClassPrivateMethod"]);

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
  const step = (current: any, isRoot: boolean): void => {
    if (!current || typeof current.type !== "string") return;
    if (!isRoot && isFunctionNode(current) && !(enterArrows && current.type === "ArrowFunctionExpression")) return;
    visit(current);
    for (const key of Object.keys(current)) {
      if (key === "loc" || key === "comments" || key === "leadingComments" || key === "trailingComments" || key === "tokens") continue;
      const child = current[key];
      if (Array.isArray(child)) for (const item of child) step(item, false);
      else if (child && typeof child === "object") step(child, false);
    }
  };
  step(node, true);
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

/** `return <value>` in the function itself (arrows included, other nested functions not). */
export function returnsValue(fn: any, except?: any): boolean {
  let found = false;
  walkOwnBody(
    fn.body,
    (node) => {
      if (node !== except && node.type === "ReturnStatement" && node.argument) found = true;
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

/** Making this function `async` would break `new`: it looks like, or is used as, a constructor. */
export function mayBeConstructor(j: JSCodeshift, root: Collection<any>, path: ASTPath<any>): boolean {
  const node = path.node;
  if (node.type === "ArrowFunctionExpression" || node.type === "ObjectMethod" || node.type === "ClassMethod" || node.type === "ClassPrivateMethod") {
    return node.kind === "constructor";
  }
  const name = functionName(path);
  if (!name) return false;
  if (/^[A-Z]/.test(name)) return true;
  const constructed = root.find(j.NewExpression, { callee: { type: "Identifier", name } }).size() > 0;
  const prototyped = root.find(j.MemberExpression, { object: { type: "Identifier", name }, property: { type: "Identifier", name: "prototype" } }).size() > 0;
  return constructed || prototyped;
}

/** Getters, setters and constructors can never be `async`. */
export function isAccessorOrConstructor(node: any): boolean {
  return (node.type === "ObjectMethod" || node.type === "ClassMethod" || node.type === "ClassPrivateMethod") && node.kind !== "method";
}
