// Facts about error-first callbacks: is this function literal one, and what does it do with its error.
// Works on Babel AST nodes, so both jscodeshift transforms and the plain-parse scan use it.
import type * as t from "@babel/types";
import { patternNames } from "./patterns";
import { walkWithAncestors } from "./walk";

/** Names people give the error parameter of an error-first callback. */
const ERROR_NAME = /^(?:_?(?:e|er|err|error|ex|exc|exception)\d*|\w*(?:Err|Error|_err|_error))$/;

const NAME_TEXT = String.raw`(?:_?(?:e|er|err|error|ex|exc|exception)\d*|[\w$]*(?:Err|Error|_err|_error))`;

/**
 * Text that may hold an error-first callback literal: `function x(err`, `(error, data) =>`, `e =>`.
 * A file without any cannot hold one (the text test is looser than the AST test, never stricter).
 */
export const ERROR_FIRST_TEXT = new RegExp(
  String.raw`function\b[^(]*\(\s*${NAME_TEXT}\b|\(\s*${NAME_TEXT}\b[^()]*\)[^=()]*=>|\b${NAME_TEXT}\s*=>`,
);

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
  | { kind: "rethrow"; check: any | null; rest?: any[] }
  /**
   * `if (err) { ...; return x; }` / `if (err) return cb(err);`: handled, then the callback exits. With
   * `rest`, the statements that run on success when they are not simply those after the check (an
   * `else`); with `fallsThrough`, the handler may not exit (`if (err && err.code !== 'ENOENT') ...`)
   * and `rest` runs after it on error too, as it did.
   */
  | { kind: "handled-exit"; check: any; handler: any[]; rest?: any[]; fallsThrough?: boolean }
  /** The error parameter is never read: errors are ignored. */
  | { kind: "ignored" }
  /**
   * Any other use of the error, for an API whose callback gets `successError` (`null` or `undefined`)
   * as its error on success: the error is caught into a variable of that name, and the whole callback
   * body follows, reading it as before.
   */
  | { kind: "captured"; successError: "null" | "undefined" }
  /** Anything else, with the reason code a report gives. */
  | { kind: "unrecognized"; reason: string };

function isIdentifierNamed(node: any, name: string): boolean {
  return node?.type === "Identifier" && node.name === name;
}

/** A block's statements, a lone statement as a list of one, nothing as none. */
export function statementsOf(node: any): any[] {
  return node?.type === "BlockStatement" ? node.body : node ? [node] : [];
}

/** The handler leaves the callback on every path: its last statement is a return or a throw. */
function alwaysExits(statements: any[]): boolean {
  const last = statements[statements.length - 1];
  return last?.type === "ReturnStatement" || last?.type === "ThrowStatement";
}

const NESTED_FUNCTIONS = new Set([
  "FunctionExpression",
  "ArrowFunctionExpression",
  "FunctionDeclaration",
  "ObjectMethod",
  "ClassMethod",
  "ClassPrivateMethod",
]);

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
  if (statement.type === "VariableDeclaration")
    return statement.declarations.some((d: any) => patternNames(d.id).includes(name));
  if (statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration")
    return statement.id?.name === name;
  return false;
}

/** `id` is a property name (`a.id`, `{ id: x }`, a method key), not a reference to a binding. */
export function isPropertyName(id: any, parent: any): boolean {
  if (
    (parent?.type === "MemberExpression" || parent?.type === "OptionalMemberExpression") &&
    parent.property === id &&
    !parent.computed
  )
    return true;
  // `#x`, and TypeScript's member names (`{ x: number }`, `a.B` in a type, `enum { X }`).
  if (parent?.type === "PrivateName" || (parent?.type === "TSQualifiedName" && parent.right === id)) return true;
  if (
    (parent?.type === "TSPropertySignature" ||
      parent?.type === "TSMethodSignature" ||
      parent?.type === "TSEnumMember") &&
    parent.key === id &&
    !parent.computed
  )
    return true;
  const keyed =
    parent?.type === "ObjectProperty" ||
    parent?.type === "ObjectMethod" ||
    parent?.type === "ClassMethod" ||
    parent?.type === "ClassProperty" ||
    parent?.type === "ClassPrivateProperty";
  return keyed && parent.key === id && !parent.computed && parent.value !== id;
}

/**
 * Visit the uses of the binding `name` in `node`, with their ancestors: identifiers that are not
 * property names, and not inside a nested function or catch clause that binds the same name again.
 */
export function forEachReference(node: any, name: string, visit: (id: any, ancestors: readonly any[]) => void): void {
  walkWithAncestors(node, (current, ancestors) => {
    if (current !== node && rebinds(current, name)) return false;
    if (
      current.type === "Identifier" &&
      current.name === name &&
      !isPropertyName(current, ancestors[ancestors.length - 1])
    )
      visit(current, ancestors);
  });
}

export function countReferences(node: any, name: string): number {
  let count = 0;
  forEachReference(node, name, () => count++);
  return count;
}

/**
 * Error handling the catch-into-a-variable form keeps exactly (see the `captured` handling), for an API
 * whose error on success is known; falling through also needs the error not passed on to another callback.
 */
export const CAPTURABLE: ReadonlySet<string> = new Set([
  "error-handling-not-recognized",
  "error-used-after-check",
  "error-check-falls-through",
  // an arrow's expression body that reads the error: `(err, v) => (err ? a(err) : b(v))`
  "callback-not-a-block",
]);

/**
 * The callback reads its error only for its truth (`if (err)`, `err ? a : b`, `!err`, `err && x` as a
 * test) or where it is known set (inside `if (err) { ... }`, the `a` of `err ? a : b`, the right of
 * `err && ...`): which falsy value it gets on success (`null`, `undefined`) cannot show.
 */
export function readsErrorOnlyForItsTruth(callback: t.Function): boolean {
  const first = callback.params[0];
  const name = first?.type === "Identifier" ? first.name : undefined;
  if (!name) return false;
  const isName = (node: t.Node | null | undefined) => node?.type === "Identifier" && node.name === name;
  let ok = true;
  forEachReference(callback.body, name, (id: t.Identifier, ancestors: readonly t.Node[]) => {
    if (!ok) return;
    // Known set: inside the branch of a test of the name itself.
    let child: t.Node = id;
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const parent = ancestors[i];
      if (parent.type === "IfStatement" && isName(parent.test) && parent.consequent === child) return;
      if (parent.type === "ConditionalExpression" && isName(parent.test) && parent.consequent === child) return;
      if (
        parent.type === "LogicalExpression" &&
        parent.operator === "&&" &&
        isName(parent.left) &&
        parent.right === child
      )
        return;
      if (/Function|Method/.test(parent.type)) break;
      child = parent;
    }
    // `!err`, `!!err`: a boolean.
    const parent = ancestors[ancestors.length - 1];
    if (parent?.type === "UnaryExpression" && parent.operator === "!") return;
    // Read for its truth only.
    if (
      (parent?.type === "IfStatement" ||
        parent?.type === "ConditionalExpression" ||
        parent?.type === "WhileStatement") &&
      parent.test === id
    )
      return;
    if (parent?.type === "LogicalExpression" && parent.left === id) {
      // `err && x` as a test is read for its truth too; a falsy error is never the value of `err || x`.
      const above = ancestors[ancestors.length - 2];
      if ((above?.type === "IfStatement" || above?.type === "ConditionalExpression") && above.test === parent) return;
      if (parent.operator === "||") return;
    }
    ok = false;
  });
  return ok;
}

/** Classify what the callback does with its error parameter. */
export function errorHandlingOf(callback: any): ErrorHandling {
  const errorName: string = callback.params[0].name;
  if (callback.body.type !== "BlockStatement") {
    return countReferences(callback.body, errorName) === 0
      ? { kind: "ignored" }
      : { kind: "unrecognized", reason: "callback-not-a-block" };
  }
  const body: any[] = callback.body.body;
  const totalUses = countReferences(callback.body, errorName);
  if (totalUses === 0) return { kind: "ignored" };

  const check = body[0];
  const branches =
    body.length === 1
      ? (ifElseHandling(check, errorName, totalUses) ?? conditionalExpressionHandling(check, errorName, totalUses))
      : null;
  if (branches) return branches;
  const conditional = conditionalHandling(body, errorName, totalUses);
  if (conditional) return conditional;
  const isCheck = check?.type === "IfStatement" && !check.alternate && isIdentifierNamed(check.test, errorName);
  if (!isCheck) return { kind: "unrecognized", reason: "error-handling-not-recognized" };
  const usesInCheck = countReferences(check, errorName);
  if (usesInCheck !== totalUses) return { kind: "unrecognized", reason: "error-used-after-check" };

  const handler = statementsOf(check.consequent);
  if (
    handler.length === 1 &&
    handler[0].type === "ThrowStatement" &&
    isIdentifierNamed(handler[0].argument, errorName)
  ) {
    return { kind: "rethrow", check };
  }
  if (!alwaysExits(handler)) return { kind: "unrecognized", reason: "error-check-falls-through" };
  return { kind: "handled-exit", check, handler };
}

const RETURN = (): any => ({ type: "ReturnStatement", argument: null });

function isNegation(test: any, name: string): boolean {
  return test?.type === "UnaryExpression" && test.operator === "!" && isIdentifierNamed(test.argument, name);
}

/**
 * The callback is one `if (err) H else R` (or `if (!err) R else H`, or `if (!err) R` alone): H runs on
 * error, in the catch, and ends the function there (as the callback ended after it); R runs on success.
 */
function ifElseHandling(check: any, errorName: string, totalUses: number): ErrorHandling | null {
  if (check?.type !== "IfStatement") return null;
  const negated = isNegation(check.test, errorName);
  if (!negated && !(isIdentifierNamed(check.test, errorName) && check.alternate)) return null;
  const onError = negated ? check.alternate : check.consequent;
  const onSuccess = negated ? check.consequent : check.alternate;
  if (countReferences(check.test, errorName) + (onError ? countReferences(onError, errorName) : 0) !== totalUses)
    return { kind: "unrecognized", reason: "error-used-after-check" };
  const handler = onError ? statementsOf(onError) : [];
  const rest = statementsOf(onSuccess);
  if (handler.length === 1 && handler[0].type === "ThrowStatement" && isIdentifierNamed(handler[0].argument, errorName))
    return { kind: "rethrow", check, rest };
  return { kind: "handled-exit", check, handler: alwaysExits(handler) ? handler : [...handler, RETURN()], rest };
}

/**
 * The callback is one `return err ? A : B;` (or `err ? A : B;`, `!err ? B : A`): A runs on error and
 * ends it, B on success. What the callback returned goes nowhere (an error-first API ignores it).
 */
function conditionalExpressionHandling(check: any, errorName: string, totalUses: number): ErrorHandling | null {
  const expression =
    check?.type === "ReturnStatement"
      ? check.argument
      : check?.type === "ExpressionStatement"
        ? check.expression
        : null;
  if (expression?.type !== "ConditionalExpression") return null;
  const negated = isNegation(expression.test, errorName);
  if (!negated && !isIdentifierNamed(expression.test, errorName)) return null;
  const onError = negated ? expression.alternate : expression.consequent;
  const onSuccess = negated ? expression.consequent : expression.alternate;
  if (countReferences(expression.test, errorName) + countReferences(onError, errorName) !== totalUses)
    return { kind: "unrecognized", reason: "error-used-after-check" };
  const statement = (node: any) => ({ type: "ExpressionStatement", expression: node });
  return { kind: "handled-exit", check, handler: [statement(onError), RETURN()], rest: [statement(onSuccess)] };
}

/**
 * Leading checks of particular errors, `if (err && err.code === 'ENOENT') return cb(null, false);`,
 * optionally closed by `if (err) ...` for the rest: they move into the catch as they are.
 * Without the closing check, other errors go on to the code after (whose values are undefined then).
 */
function conditionalHandling(body: any[], errorName: string, totalUses: number): ErrorHandling | null {
  const handler: any[] = [];
  let index = 0;
  for (; index < body.length; index++) {
    const statement = body[index];
    const test = statement?.type === "IfStatement" && !statement.alternate ? statement.test : null;
    const isPartial =
      test?.type === "LogicalExpression" && test.operator === "&&" && isIdentifierNamed(test.left, errorName);
    if (!isPartial) break;
    if (!alwaysExits(statementsOf(statement.consequent)))
      return { kind: "unrecognized", reason: "error-check-falls-through" };
    // Kept as written: in the catch `err` is the error, truthy, so `err && ...` tests the same.
    handler.push(statement);
  }
  if (index === 0) return null;
  const closing = body[index];
  const closes = closing?.type === "IfStatement" && !closing.alternate && isIdentifierNamed(closing.test, errorName);
  if (closes) {
    const final = statementsOf(closing.consequent);
    if (!alwaysExits(final)) return { kind: "unrecognized", reason: "error-check-falls-through" };
    handler.push(...final);
    index++;
  }
  const checks = { type: "BlockStatement", body: body.slice(0, index) };
  if (countReferences(checks, errorName) !== totalUses)
    return { kind: "unrecognized", reason: "error-used-after-check" };
  return {
    kind: "handled-exit",
    check: body[0],
    handler,
    rest: body.slice(index),
    ...(closes ? {} : { fallsThrough: true }),
  };
}

/** The statements of a callback's body that run on success, after its error check (see ErrorHandling). */
export function successStatements(handling: ErrorHandling, body: any[]): any[] {
  const explicitRest = handling.kind === "handled-exit" || handling.kind === "rethrow" ? handling.rest : undefined;
  return (
    explicitRest ??
    (handling.kind === "handled-exit" || (handling.kind === "rethrow" && handling.check) ? body.slice(1) : body)
  );
}
