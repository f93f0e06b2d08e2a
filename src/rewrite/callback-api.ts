// `async function f(a, cb) { ...; cb(null, x); }` -> `async function f(a) { ...; return x; }`: the
// callback parameter goes, each call of it becomes a `return` of its value or a `throw` of its error,
// and what the conversion had wrapped only to hand an error to the callback unwraps again.
import type * as t from "@babel/types";
import type { ASTPath, JSCodeshift } from "jscodeshift";
import { callbackOutcome } from "../analysis/callback-api";
import { callbackParameter } from "../analysis/callback-contract";
import { callbackParameterType } from "../analysis/callback-types";
import { assignedNames, patternNames } from "../analysis/patterns";
import { ancestorNodes, isFunctionNode } from "../analysis/functions";
import { findPaths, walk } from "../analysis/walk";
import { makeNotAsync } from "./async-function";
import { memberFrom } from "./promise-call";

/** `try { ... } catch (err) { throw err; }` with nothing else: the same as its block. */
function isRethrowOnly(statement: any): boolean {
  if (statement.type !== "TryStatement" || statement.finalizer || !statement.handler) return false;
  const { param, body } = statement.handler;
  const [only] = body.body;
  return (
    body.body.length === 1 &&
    only.type === "ThrowStatement" &&
    param?.type === "Identifier" &&
    only.argument.type === "Identifier" &&
    only.argument.name === param.name
  );
}

/**
 * `let x;` then `x = await p;` (or `({ a, b } = await p);`) -> `const x = await p;` when that is the
 * only assignment of those names in the function.
 */
function mergeDeclarations(j: JSCodeshift, statements: any[], assigned: Map<string, number>): void {
  for (let i = 0; i + 1 < statements.length; i++) {
    const declaration = statements[i];
    const next = statements[i + 1];
    if (
      declaration.type !== "VariableDeclaration" ||
      declaration.kind !== "let" ||
      declaration.declarations.some((d: any) => d.init || d.id.type !== "Identifier" || d.id.typeAnnotation)
    )
      continue;
    if (
      next.type !== "ExpressionStatement" ||
      next.expression.type !== "AssignmentExpression" ||
      next.expression.operator !== "="
    )
      continue;
    const declared = declaration.declarations.map((d: any) => d.id.name).sort();
    const target = next.expression.left;
    const targets = patternNames(target).sort();
    if (
      JSON.stringify(declared) !== JSON.stringify(targets) ||
      targets.some((name: string) => assigned.get(name) !== 1)
    )
      continue;
    const merged = j.variableDeclaration("const", [j.variableDeclarator(target, next.expression.right)]);
    merged.comments = [...(declaration.comments ?? []), ...(next.comments ?? [])];
    statements.splice(i, 2, merged);
  }
}

/** Rewrite `fn`, whose last parameter is its callback, to return and throw (see callbackApiRefusal). */
export function returnInsteadOfCallback(j: JSCodeshift, fn: ASTPath<any>): void {
  const node = fn.node;
  const name: string = callbackParameter(node).name;
  node.params.pop();
  findPaths(
    j,
    j(fn),
    "CallExpression",
    (node) => node.callee.type === "Identifier" && node.callee.name === name,
  ).forEach((call: ASTPath<any>) => {
    const statement = call.parentPath;
    const ancestors = ancestorNodes(call).reverse();
    const [first, value] = call.node.arguments;
    const error = callbackOutcome(call.node, ancestors) === "error";
    const block = statement.parentPath?.parentPath?.node;
    // `return cb(null, x)` keeps its statement (and its layout): only what it returns changes.
    if (!error && statement.node.type === "ReturnStatement") return void (statement.node.argument = value ?? null);
    // `cb();` ending the function: nothing to return.
    if (
      !error &&
      !value &&
      block === node.body &&
      node.body.body[node.body.body.length - 1] === statement.node &&
      !statement.node.comments?.length
    )
      return void statement.prune();
    const replacement = error ? j.throwStatement(first) : j.returnStatement(value ?? null);
    replacement.comments = statement.node.comments;
    statement.replace(replacement);
  });
  // Unwrap what only caught an error to throw it again, then join `let x;` and `x = await p;`.
  const assigned = assignedNames(node.body);
  // `return;` after what became a return or a throw (`cb(err); return;`) is never reached.
  walk(node.body, (current) => {
    if (current !== node.body && isFunctionNode(current)) return false;
    if (current.type !== "BlockStatement") return;
    for (let i = current.body.length - 1; i > 0; i--) {
      const statement = current.body[i];
      const previous = current.body[i - 1];
      if (
        statement.type === "ReturnStatement" &&
        !statement.argument &&
        !statement.comments?.length &&
        (previous.type === "ReturnStatement" || previous.type === "ThrowStatement")
      )
        current.body.splice(i, 1);
    }
  });
  walk(node.body, (current) => {
    if (current !== node.body && isFunctionNode(current)) return false;
    if (current.type !== "BlockStatement") return;
    for (let i = 0; i < current.body.length; i++) {
      const statement = current.body[i];
      if (!isRethrowOnly(statement)) continue;
      const inner = statement.block.body;
      if (inner.length && statement.comments) inner[0].comments = [...statement.comments, ...(inner[0].comments ?? [])];
      current.body.splice(i, 1, ...inner);
    }
    mergeDeclarations(j, current.body, assigned);
  });
}

/**
 * `function f(a, cb) { ... }` -> `function f(a, cb) { callbackify(fAsync)(a, cb); }` followed, after
 * `statement`, by `async function fAsync(a) { ... }` returning and throwing (see returnInsteadOfCallback):
 * callers that pass a callback still can, and the promise form is there for the rest. callbackify calls
 * the callback on a later tick, once, with `(err)` or `(null, value)`, as the proven contract did.
 * In TypeScript the twin returns a promise of what the callback's type says it passes (see
 * twinReturnType). Returns the async twin.
 */
export function keepCallbackSurface(
  j: JSCodeshift,
  fn: ASTPath<any>,
  statement: ASTPath<any>,
  asyncName: string,
  callbackify: string,
  typescript: boolean,
): any {
  const node = fn.node;
  const returnType = typescript ? twinReturnType(j, callbackParameter(node)?.typeAnnotation?.typeAnnotation) : null;
  const surfaceParams = node.params.map((param: any) => {
    const copy = j.identifier(param.name);
    if (param.typeAnnotation) copy.typeAnnotation = param.typeAnnotation;
    return copy;
  });
  returnInsteadOfCallback(j, fn);
  const moved = j.functionDeclaration(j.identifier(asyncName), node.params, node.body);
  moved.async = true;
  if (node.typeParameters) moved.typeParameters = node.typeParameters;
  if (returnType) moved.returnType = j.tsTypeAnnotation(returnType);
  const callbackified = j.callExpression(memberFrom(j, callbackify), [j.identifier(asyncName)]);
  const call = j.callExpression(
    callbackified,
    surfaceParams.map((param: any) => j.identifier(param.name)),
  );
  node.params = surfaceParams;
  node.body = j.blockStatement([j.expressionStatement(call)]);
  makeNotAsync(node);
  // Into the list by node: earlier edits of the same list leave the path's index stale.
  const list = statement.parentPath.value;
  list.splice(list.indexOf(statement.node) + 1, 0, moved);
  return moved;
}

/**
 * `m(a, cb) { ... }` -> `m(a, cb) { callbackify(async () => { ... })(cb); }`: the function keeps its
 * parameters, its body runs in an async arrow that returns and throws (see returnInsteadOfCallback),
 * and callbackify hands the outcome to the callback once, on a later tick. For a function whose body
 * cannot move out of it (a method, whose `super` and siblings are its own; one that reads `this` or
 * `new.target`; parameters with defaults or patterns, applied once, as before): the arrow sees the same
 * `this`, `arguments`, `super` and parameters. In TypeScript the arrow returns a promise of the
 * callback's value type (see twinReturnType). Returns the arrow.
 */
export function keepCallbackSurfaceInPlace(
  j: JSCodeshift,
  fn: ASTPath<any>,
  callbackify: string,
  typescript: boolean,
): any {
  const node = fn.node;
  const params = [...node.params];
  const callback = callbackParameter(node);
  const returnType = typescript ? twinReturnType(j, callback.typeAnnotation?.typeAnnotation) : null;
  returnInsteadOfCallback(j, fn);
  node.params = params;
  const arrow = j.arrowFunctionExpression([], node.body);
  arrow.async = true;
  if (returnType) (arrow as any).returnType = j.tsTypeAnnotation(returnType);
  node.body = j.blockStatement([
    j.expressionStatement(
      j.callExpression(j.callExpression(memberFrom(j, callbackify), [arrow]), [j.identifier(callback.name)]),
    ),
  ]);
  makeNotAsync(node);
  return arrow;
}

/**
 * `Promise<T>` for the twin of a function whose callback's type is written as a function type: T is the
 * type of the callback's value (`(err: Error | null, v?: [number, string]) => void` -> `[number, string]
 * | undefined`), which the return would otherwise widen (`(string | number)[]`, and callbackify's types
 * no longer fit the callback). Null when the type says nothing (untyped, a name such as
 * `fs.NoParamCallback` or `Callback<T>`, whose parameters need not be a plain list: the return type is
 * inferred, as before; a value that may be a promise, which the return would unwrap).
 */
function twinReturnType(
  j: JSCodeshift,
  callbackType: t.Node | null | undefined,
): ReturnType<JSCodeshift["tsTypeReference"]> | null {
  const value = callbackParameterType(callbackType, 1);
  if (!value || value === "promise") return null;
  // A Babel node, which ast-types' builders take as their own kind of the same node.
  const argument = value as unknown as Parameters<JSCodeshift["tsTypeParameterInstantiation"]>[0][number];
  return j.tsTypeReference(j.identifier("Promise"), j.tsTypeParameterInstantiation([argument]));
}
