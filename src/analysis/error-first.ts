// Facts about error-first callbacks: is this function literal one, and what does it do with its error.
// Works on Babel AST nodes, so both jscodeshift transforms and the plain-parse scan use it.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { patternNames } from "./patterns";
import { walkWithAncestors } from "./walk";

/** Names people give the error parameter of an error-first callback. */
const ERROR_NAME = /^(?:_?(?:e|er|err|error|ex|exc|exception)\d*|\w*(?:Err|Error|_err|_error))$/;

const NAME_TEXT = String.raw`(?:_?(?:e|er|err|error|ex|exc|exception)\d*|[\w$]*(?:Err|Error|_err|_error))`;

/**
 * Text that may hold an error-first callback literal: `function x(err`, `(error, data) =>`, `e =>`.
 * A file without any cannot hold one (the text test is looser than the AST test, never stricter).
 */
export const ERROR_FIRST_TEXT = new RegExp(String.raw`function\b[^(]*\(\s*${NAME_TEXT}\b|\(\s*${NAME_TEXT}\b[^()]*\)[^=()]*=>|\b${NAME_TEXT}\s*=>`);

export function isErrorName(name: string): boolean {
  return ERROR_NAME.test(name);
}

export function isFunctionLiteral(node: any): boolean {
  return node?.type === "ArrowFunctionExpression" || node?.type === "FunctionExpression";
}

/** A function literal whose first parameter is named like an error. */
export function isErrorFirstCallbackLiteral(node: any): boolean {
  if (!isFunctionLiteral(node)) return false;
  const first = node.params[0];
  return first?.type === "Identifier" && isErrorName(first.name);
}

/** How a callback's first statement deals with the error. */
export type ErrorHandling =
  /** `if (err) throw err;` (or an API that cannot fail): the error propagates. */
  | { kind: "rethrow"; check: any | null }
  /** `if (err) { ...; return x; }` / `if (err) return cb(err);`: handled, then the callback exits. */
  | { kind: "handled-exit"; check: any; handler: any[] }
  /** The error parameter is never read: errors are ignored. */
  | { kind: "ignored" }
  /** Anything else, with the reason code a report gives. */
  | { kind: "unrecognized"; reason: string };

function isIdentifierNamed(node: any, name: string): boolean {
  return node?.type === "Identifier" && node.name === name;
}

function statementsOf(node: any): any[] {
  return node?.type === "BlockStatement" ? node.body : [node];
}

/** The handler leaves the callback on every path: its last statement is a return or a throw. */
function alwaysExits(statements: any[]): boolean {
  const last = statements[statements.length - 1];
  return last?.type === "ReturnStatement" || last?.type === "ThrowStatement";
}

const NESTED_FUNCTIONS = new Set(["FunctionExpression", "ArrowFunctionExpression", "FunctionDeclaration", "ObjectMethod", "ClassMethod", "ClassPrivateMethod"]);

/** A nested function or catch clause that binds `name` itself: uses inside it are not ours. */
export function rebinds(node: any, name: string): boolean {
  if (NESTED_FUNCTIONS.has(node.type)) {
    if (node.id?.name === name && node.type === "FunctionExpression") return true;
    if (node.params.some((param: any) => patternNames(param).includes(name))) return true;
    const body = node.body?.type === "BlockStatement" ? node.body.body : [];
    return body.some((statement: any) => declaresName(statement, name));
  }
  if (node.type === "CatchClause") return patternNames(node.param).includes(name);
  return false;
}

function declaresName(statement: any, name: string): boolean {
  if (statement.type === "VariableDeclaration") return statement.declarations.some((d: any) => patternNames(d.id).includes(name));
  if (statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration") return statement.id?.name === name;
  return false;
}

/** `id` is a property name (`a.id`, `{ id: x }`, a method key), not a reference to a binding. */
export function isPropertyName(id: any, parent: any): boolean {
  if ((parent?.type === "MemberExpression" || parent?.type === "OptionalMemberExpression") && parent.property === id && !parent.computed) return true;
  const keyed = parent?.type === "ObjectProperty" || parent?.type === "ObjectMethod" || parent?.type === "ClassMethod" || parent?.type === "ClassProperty";
  return keyed && parent.key === id && !parent.computed && parent.value !== id;
}

/**
 * Visit the uses of the binding `name` in `node`, with their ancestors: identifiers that are not
 * property names, and not inside a nested function or catch clause that binds the same name again.
 */
export function forEachReference(node: any, name: string, visit: (id: any, ancestors: readonly any[]) => void): void {
  walkWithAncestors(node, (current, ancestors) => {
    if (current !== node && rebinds(current, name)) return false;
    if (current.type === "Identifier" && current.name === name && !isPropertyName(current, ancestors[ancestors.length - 1])) visit(current, ancestors);
  });
}

export function countReferences(node: any, name: string): number {
  let count = 0;
  forEachReference(node, name, () => count++);
  return count;
}

/** Classify what the callback does with its error parameter. */
export function errorHandlingOf(callback: any): ErrorHandling {
  const errorName: string = callback.params[0].name;
  if (callback.body.type !== "BlockStatement") {
    return countReferences(callback.body, errorName) === 0 ? { kind: "ignored" } : { kind: "unrecognized", reason: "callback-not-a-block" };
  }
  const body: any[] = callback.body.body;
  const totalUses = countReferences(callback.body, errorName);
  if (totalUses === 0) return { kind: "ignored" };

  const check = body[0];
  const isCheck = check?.type === "IfStatement" && !check.alternate && isIdentifierNamed(check.test, errorName);
  if (!isCheck) return { kind: "unrecognized", reason: "error-handling-not-recognized" };
  const usesInCheck = countReferences(check, errorName);
  if (usesInCheck !== totalUses) return { kind: "unrecognized", reason: "error-used-after-check" };

  const handler = statementsOf(check.consequent);
  if (handler.length === 1 && handler[0].type === "ThrowStatement" && isIdentifierNamed(handler[0].argument, errorName)) {
    return { kind: "rethrow", check };
  }
  if (!alwaysExits(handler)) return { kind: "unrecognized", reason: "error-check-falls-through" };
  return { kind: "handled-exit", check, handler };
}
