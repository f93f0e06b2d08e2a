// then-to-async: a promise chain a function returns -> the function `async`, the chain's steps written
// out after `await`s.
//
// `return base.then(a).then(b).catch(h).finally(f);` ending a function becomes
//
//   const promise = base;                    (only with .catch/.finally: its sync throw was not theirs)
//   try { const x = await promise; ...a; const y = await (a's result); ...b } catch (e) { ...h } finally { ...f }
//
// Only `.then` steps, then at most one `.catch`, then at most one `.finally`, or ending in `.then(ok, err)`;
// handlers that are function literals or functions the file declares; a function that returns nothing else.
// Everything else is reported with a reason and left as it was (see README, "then-to-async").
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { API, ASTPath, FileInfo, Options } from "jscodeshift";
import { assignsTo, chainOf, declaredNames, handlerRefusal, mentions, ownReturns, returnsInsideTry, stepOrderRefusal, type PromiseChain } from "../src/analysis/promise-chain";
import { isAccessorOrConstructor, isFunctionNode, memberText, usesAwaitIdentifier, usesThis } from "../src/analysis/functions";
import { declarationsAndAssignments } from "../src/analysis/module-bindings";
import { hasMultilineText } from "../src/analysis/templates";
import { autoParser, plainAst } from "../src/parse/parser";
import type { TransformMeta } from "../src/registry";
import { siteReporter } from "../src/report/sites";
import { makeAsync } from "../src/rewrite/async-function";
import { freeName, namesInFile } from "../src/rewrite/module-scope";
import { printFile, printOptionsFor } from "../src/rewrite/print";
import { walk, walkWithAncestors } from "../src/analysis/walk";

export const meta: TransformMeta = {
  name: "then-to-async",
  description: "a promise chain a function returns (.then/.catch/.finally) -> the function async, the steps after await",
  order: 20,
  mayApply: (source) => /\.\s*(?:then|catch|finally)\s*\(/.test(source),
};

export const parser = autoParser;

type Verdict = { reason: string } | { chain: PromiseChain; handlers: Handler[]; onRejected: Handler | null; risks: string[] };

/** A step's handler: a function literal to inline, or a function of the file called by name. */
type Handler = { literal: any } | { name: string };

/** Calls whose result is a native promise, whatever their arguments. */
const PROMISE_FACTORIES = /^(?:fetch|Promise\.(?:resolve|reject|all|allSettled|race|any))$/;

/** The base is a native promise as written: `fetch(...)`, `Promise.all(...)`, `new Promise(...)`, a call of an async function declared in the file. */
function isNativePromise(base: any, asyncFunctions: Set<string>): boolean {
  if (base.type === "NewExpression" && base.callee.type === "Identifier" && base.callee.name === "Promise") return true;
  if (base.type !== "CallExpression") return false;
  const text = memberText(base.callee);
  return text !== null && (PROMISE_FACTORIES.test(text) || asyncFunctions.has(text));
}

/** Facts about the whole file, gathered in one walk (a walk per function would be quadratic on bundles). */
interface FileFacts {
  /** Names read inside a `try` block (in the same function): a call there catches what it throws synchronously. */
  inTry: Set<string>;
  /** Names used with `new` or `.prototype`. */
  constructed: Set<string>;
}

function fileFacts(program: any): FileFacts {
  const inTry = new Set<string>();
  const constructed = new Set<string>();
  walkWithAncestors(program, (node, ancestors) => {
    if (node.type === "NewExpression" && node.callee.type === "Identifier") constructed.add(node.callee.name);
    if (node.type === "MemberExpression" && !node.computed && node.property.name === "prototype" && node.object.type === "Identifier") constructed.add(node.object.name);
    if (node.type !== "Identifier") return;
    for (let i = ancestors.length - 1; i > 0 && !isFunctionNode(ancestors[i]); i--) {
      if (ancestors[i - 1].type === "TryStatement" && ancestors[i - 1].block === ancestors[i]) {
        inTry.add(node.name);
        break;
      }
    }
  });
  return { inTry, constructed };
}

/** The name callers reach the function by: its own, a variable's, a method's or property's key, an assignment's property. */
function knownAs(fn: ASTPath<any>): string | null {
  const node = fn.node;
  if (node.id?.type === "Identifier") return node.id.name;
  if ((node.type === "ObjectMethod" || node.type === "ClassMethod") && !node.computed && node.key.type === "Identifier") return node.key.name;
  const parent = fn.parentPath?.node;
  if (parent?.type === "VariableDeclarator" && parent.id.type === "Identifier") return parent.id.name;
  if ((parent?.type === "ObjectProperty" || parent?.type === "ClassProperty") && !parent.computed && parent.key.type === "Identifier") return parent.key.name;
  if (parent?.type === "AssignmentExpression" && parent.left.type === "MemberExpression" && !parent.left.computed) return parent.left.property.name;
  return null;
}

/** A TypeScript return type an async function may have: `Promise<...>` (not `PromiseLike`, not a thenable interface). */
function isPromiseType(type: any): boolean {
  return type?.type === "TSTypeReference" && type.typeName?.type === "Identifier" && type.typeName.name === "Promise";
}

/** Making it async would break `new`: a capitalised name, `new`/`.prototype` use, or `this` outside a method. */
function mayBeConstructed(node: any, name: string | null, facts: FileFacts): boolean {
  if (node.type === "ArrowFunctionExpression" || node.type === "ObjectMethod" || node.type === "ClassMethod" || node.type === "ClassPrivateMethod") return false;
  if (usesThis(node)) return true;
  return name !== null && (/^[A-Z]/.test(name) || facts.constructed.has(name));
}

function judge(fn: ASTPath<any>, expression: any, names: ReturnType<typeof declarationsAndAssignments>, asyncFunctions: Set<string>, facts: FileFacts): Verdict | null {
  const found = chainOf(expression);
  if (!found) return null;
  if ("reason" in found) return found;
  const chain = found;
  const orderReason = stepOrderRefusal(chain.steps);
  if (orderReason) return { reason: orderReason };
  const node = fn.node;
  if (node.async) return { reason: "function-already-async" };
  if (node.generator) return { reason: "function-is-generator" };
  if (isAccessorOrConstructor(node)) return { reason: "function-is-accessor-or-constructor" };
  const name = knownAs(fn);
  if (node.returnType && !isPromiseType(node.returnType.typeAnnotation)) return { reason: "return-type-not-promise" };
  if (mayBeConstructed(node, name, facts)) return { reason: "function-may-be-constructor" };
  if (usesAwaitIdentifier(node)) return { reason: "await-used-as-identifier" };
  // Another path returning something that is not this chain would start returning a promise of it.
  if (node.body.type === "BlockStatement" && ownReturns(node).length > 1) return { reason: "function-returns-other-values" };
  if (name && facts.inTry.has(name)) return { reason: "caller-catches-sync-errors" };

  // Handler bodies move to the function's level; recast would re-indent a multi-line template literal's text.
  if (chain.steps.some((step) => hasMultilineText(step.handler) || (step.onRejected && hasMultilineText(step.onRejected)))) return { reason: "multiline-template-moved" };
  const rejecting = chain.steps.findIndex((step) => step.onRejected);
  if (rejecting !== -1 && rejecting !== chain.steps.length - 1) return { reason: "then-with-rejection-handler-not-last" };
  const handlers: Handler[] = [];
  for (const [index, step] of chain.steps.entries()) {
    const handler = step.handler;
    if (handler.type === "ArrowFunctionExpression" || handler.type === "FunctionExpression") {
      const refusal = handlerRefusal(handler, step.kind);
      if (refusal) return { reason: refusal };
      const returns = ownReturns(handler);
      const isLastThen = step.kind === "then" && chain.steps[index + 1]?.kind !== "then";
      if (step.kind === "finally" && returns.length) return { reason: "finally-handler-returns" };
      // A middle step hands its value on: only through one `return` at its end (never an early one).
      if (step.kind === "then" && !isLastThen && handler.body.type === "BlockStatement") {
        const last = handler.body.body[handler.body.body.length - 1];
        if (returns.length > 1 || (returns.length === 1 && returns[0] !== last)) return { reason: "handler-returns-early" };
        const next = chain.steps[index + 1]!;
        if (returns.length === 0 && next.handler.params?.length) return { reason: "handler-value-not-returned" };
      }
      handlers.push({ literal: handler });
    } else if (handler.type === "Identifier") {
      // A function the file declares once and never assigns: `.then(render)` calls it with the value, as `render(value)` does.
      const declared = names.declared.get(handler.name);
      const declaration = declared?.length === 1 ? declared[0]!.node : null;
      if (declaration?.type !== "FunctionDeclaration" || declaration.id?.name !== handler.name || names.assigned.has(handler.name)) return { reason: "handler-not-a-known-function" };
      handlers.push({ name: handler.name });
    } else return { reason: "handler-not-a-known-function" };
  }

  // `.then(ok, err)`: `err` is a handler like the others; `ok`'s value is assigned inside the try, so a plain name.
  let onRejected: Handler | null = null;
  if (rejecting !== -1) {
    const step = chain.steps[rejecting]!;
    const okParam = handlers[rejecting] && "literal" in handlers[rejecting]! ? (handlers[rejecting] as any).literal.params[0] : null;
    if (okParam && okParam.type !== "Identifier") return { reason: "handler-parameters-not-simple" };
    const err = step.onRejected;
    if (err.type === "ArrowFunctionExpression" || err.type === "FunctionExpression") {
      const refusal = handlerRefusal(err, "catch");
      if (refusal) return { reason: refusal };
      onRejected = { literal: err };
    } else if (err.type === "Identifier") {
      const declaration = names.declared.get(err.name)?.length === 1 ? names.declared.get(err.name)![0]!.node : null;
      if (declaration?.type !== "FunctionDeclaration" || declaration.id?.name !== err.name || names.assigned.has(err.name)) return { reason: "handler-not-a-known-function" };
      onRejected = { name: err.name };
    } else return { reason: "handler-not-a-known-function" };
  }
  const allHandlers = onRejected ? [...handlers, onRejected] : handlers;

  // Names the handlers bring into the function must mean nothing else there.
  // (The chain is in the body's last statement, its `return`.)
  const outside = { type: "BlockStatement", body: node.body.type === "BlockStatement" ? node.body.body.slice(0, -1) : [] };
  const seen = new Set<string>();
  for (const [index, handler] of allHandlers.entries()) {
    if (!("literal" in handler)) continue;
    for (const declaredName of declaredNames(handler.literal)) {
      if (seen.has(declaredName) && chain.steps[index]?.kind !== "catch") return { reason: "name-collision" };
      seen.add(declaredName);
      const others = [chain.base, ...allHandlers.filter((other, i) => i !== index && "literal" in other).map((other: any) => other.literal)];
      if (mentions(outside, declaredName) || node.params.some((param: any) => mentions(param, declaredName)) || others.some((other) => mentions(other, declaredName))) return { reason: "name-collision" };
    }
  }
  // Inside the try that `.catch`/`.finally` become, a return is awaited; a handler's own `try` around a
  // return would then catch what the chain's `.catch` caught (and its `finally` would wait).
  const guarded = chain.steps.some((step) => step.kind !== "then");
  const inlined = handlers.filter((handler) => "literal" in handler).map((handler: any) => handler.literal.body);
  if (guarded && returnsInsideTry(inlined)) return { reason: "handler-returns-inside-try" };
  const risks = isNativePromise(chain.base, asyncFunctions) ? [] : ["base-assumed-promise"];
  return { chain, handlers, onRejected, risks };
}

/** Expressions whose value is always a primitive (never a promise to wait for). */
const PRIMITIVE = new Set(["StringLiteral", "NumericLiteral", "BooleanLiteral", "NullLiteral", "BigIntLiteral", "TemplateLiteral", "BinaryExpression", "UnaryExpression", "UpdateExpression"]);

/** Expressions `await x` needs no parentheses around (a binary or conditional one would bind wrongly). */
const TIGHT = new Set(["Identifier", "CallExpression", "MemberExpression", "NewExpression", "StringLiteral", "NumericLiteral", "BooleanLiteral", "NullLiteral", "Literal", "TemplateLiteral", "ArrayExpression", "ObjectExpression", "ThisExpression", "AwaitExpression"]);

/** `await x`, with `x` in parentheses unless it binds tighter than `await`. */
function awaitOf(j: API["jscodeshift"], expression: any): any {
  return j.awaitExpression(TIGHT.has(expression.type) ? expression : (j as any).parenthesizedExpression(expression));
}

/** The value a step hands on, awaited unless it is a primitive (a promise is never one). */
function settledValue(j: API["jscodeshift"], expression: any): any {
  return PRIMITIVE.has(expression.type) ? expression : awaitOf(j, expression);
}

/** The statements of a handler's body: a block's, or `return <expression>`. */
function bodyStatements(j: API["jscodeshift"], literal: any): any[] {
  if (literal.body.type === "BlockStatement") return literal.body.body;
  // `=> ({ ... })` needed its parentheses; `return { ... }` does not.
  if (literal.body.type === "ObjectExpression" && literal.body.extra?.parenthesized) literal.body.extra = { ...literal.body.extra, parenthesized: false };
  return [j.returnStatement(literal.body)];
}

/** `return x` -> `return await x` in `statements` (not in nested functions): inside `try`, a returned promise's rejection must be caught there. */
function awaitReturns(j: API["jscodeshift"], statements: any[]): void {
  for (const statement of statements) {
    walk(statement, (node) => {
      if (isFunctionNode(node)) return false;
      if (node.type === "ReturnStatement" && node.argument && !PRIMITIVE.has(node.argument.type) && node.argument.type !== "AwaitExpression") node.argument = awaitOf(j, node.argument);
    });
  }
}

/** The `.then` steps written out: what runs before the try, the steps, and the value the last one hands on. */
interface WrittenSteps {
  before: any[];
  statements: any[];
  previous: any;
}

/**
 * The `.then` steps of `thens`, in order: each waits for the value before it. With `separateBase`, the
 * base call is made first, into a `const` (its synchronous throw was never the chain's to catch; a name
 * cannot throw when read, and needs none). With `lastReturns`, the last step's returns end the function;
 * otherwise every step hands its value on in `previous`.
 */
function writeThenSteps(j: API["jscodeshift"], base: any, thens: Handler[], taken: Set<string>, separateBase: boolean, lastReturns: boolean): WrittenSteps {
  const statements: any[] = [];
  let before: any[] = [];
  let previous = base;
  if (separateBase && base.type !== "Identifier") {
    const promise = freeName("promise", taken);
    before = [j.variableDeclaration("const", [j.variableDeclarator(j.identifier(promise), base)])];
    previous = j.identifier(promise);
  }
  thens.forEach((handler, i) => {
    const last = lastReturns && i === thens.length - 1;
    const awaited = settledValue(j, previous);
    if ("name" in handler) {
      const value = freeName("value", taken);
      statements.push(j.variableDeclaration("const", [j.variableDeclarator(j.identifier(value), awaited)]));
      const call = j.callExpression(j.identifier(handler.name), [j.identifier(value)]);
      if (last) statements.push(j.returnStatement(call));
      else previous = call;
      return;
    }
    const literal = handler.literal;
    const [param] = literal.params;
    // A handler that changes its parameter needs a `let`.
    const kind = param && assignsTo(literal.body, param) ? "let" : "const";
    statements.push(param ? j.variableDeclaration(kind, [j.variableDeclarator(param, awaited)]) : j.expressionStatement(awaited));
    const body = bodyStatements(j, literal);
    if (last) return void statements.push(...body);
    const final = body[body.length - 1];
    if (final?.type === "ReturnStatement") {
      statements.push(...body.slice(0, -1));
      previous = final.argument ?? j.identifier("undefined");
    } else {
      statements.push(...body);
      previous = j.identifier("undefined");
    }
  });
  return { before, statements, previous };
}

/**
 * The catch clause a rejection handler becomes: `catch (error) { return handle(error); }` for a function
 * of the file, else the literal's parameter and statements. With `endsFunction`, a body that falls off
 * its end gets a `return;` (the handler's value, undefined, is the chain's: nothing after it runs).
 */
function catchClauseFor(j: API["jscodeshift"], handler: Handler, taken: Set<string>, typedCatch: boolean, endsFunction: boolean): any {
  if ("name" in handler) {
    const error = freeName("error", taken);
    return j.catchClause(j.identifier(error), null, j.blockStatement([j.returnStatement(j.callExpression(j.identifier(handler.name), [j.identifier(error)]))]));
  }
  const [param] = handler.literal.params;
  // TypeScript allows a catch variable only `any` or `unknown`; `any` keeps the handler's uses typed loosely.
  const loose = (type: any) => type?.type === "TSAnyKeyword" || type?.type === "TSUnknownKeyword";
  if (param && typedCatch && param.type === "Identifier" && !loose(param.typeAnnotation?.typeAnnotation)) param.typeAnnotation = j.tsTypeAnnotation(j.tsAnyKeyword());
  const body = bodyStatements(j, handler.literal);
  const last = body[body.length - 1];
  const ends = last?.type === "ReturnStatement" || last?.type === "ThrowStatement";
  return j.catchClause(param ?? null, null, j.blockStatement(endsFunction && !ends ? [...body, j.returnStatement(null)] : body));
}

/**
 * `.then(ok, err)` ending the chain: the steps before it and the wait for the value in a try whose catch
 * is `err` (ending the function there), then `ok` after it, where `err` does not see what it throws.
 */
function buildWithRejection(j: API["jscodeshift"], chain: PromiseChain, handlers: Handler[], onRejected: Handler, taken: Set<string>, typedCatch: boolean): any[] {
  const ok = handlers[handlers.length - 1]!;
  const { before, statements, previous } = writeThenSteps(j, chain.base, handlers.slice(0, -1), taken, true, false);
  const param = "literal" in ok ? ok.literal.params[0] : null;
  const value = "name" in ok ? freeName("value", taken) : param?.name ?? null;
  const attempt = j.expressionStatement(value ? j.assignmentExpression("=", j.identifier(value), settledValue(j, previous)) : settledValue(j, previous));
  const clause = catchClauseFor(j, onRejected, taken, typedCatch, true);
  const declaration = value ? [j.variableDeclaration("let", [j.variableDeclarator(Object.assign(j.identifier(value), param?.typeAnnotation ? { typeAnnotation: param.typeAnnotation } : {}))])] : [];
  const after = "name" in ok ? [j.returnStatement(j.callExpression(j.identifier(ok.name), [j.identifier(value!)]))] : bodyStatements(j, ok.literal);
  return [...before, ...declaration, j.tryStatement(j.blockStatement([...statements, attempt]), clause), ...after];
}

function build(j: API["jscodeshift"], chain: PromiseChain, handlers: Handler[], taken: Set<string>, typedCatch: boolean): any[] {
  const thens = handlers.filter((_, i) => chain.steps[i]!.kind === "then");
  const catchStep = chain.steps.findIndex((step) => step.kind === "catch");
  const finallyStep = chain.steps.findIndex((step) => step.kind === "finally");
  const guarded = catchStep !== -1 || finallyStep !== -1;
  const { before, statements, previous } = writeThenSteps(j, chain.base, thens, taken, guarded, true);
  if (thens.length === 0) statements.push(j.returnStatement(awaitOf(j, previous)));
  if (!guarded) return statements;

  awaitReturns(j, statements);
  const handler = catchStep === -1 ? null : catchClauseFor(j, handlers[catchStep]!, taken, typedCatch, false);
  // Before a `finally`, what the catch returns is settled first, as `.finally` waited for `.catch`'s promise.
  if (handler && finallyStep !== -1) awaitReturns(j, handler.body.body);
  let finalizer = null;
  if (finallyStep !== -1) {
    const finishing = handlers[finallyStep]!;
    if ("name" in finishing) finalizer = j.blockStatement([j.expressionStatement(j.awaitExpression(j.callExpression(j.identifier(finishing.name), [])))]);
    else if (finishing.literal.body.type === "BlockStatement") finalizer = j.blockStatement(finishing.literal.body.body);
    // `.finally(() => p)` waits for what it returns, and a rejection replaces the result.
    else finalizer = j.blockStatement([j.expressionStatement(awaitOf(j, finishing.literal.body))]);
  }
  return [...before, j.tryStatement(j.blockStatement(statements), handler, finalizer)];
}

/** A plain parse finds a function that ends by returning a `.then/.catch/.finally` chain (else recast is not needed). */
function mayHaveReturnedChain(file: FileInfo): boolean {
  let ast: any;
  try {
    ast = plainAst(file.path || "file.js", file.source);
  } catch {
    return true; // jscodeshift's own parser may still read it
  }
  const isChain = (node: any) => node?.type === "CallExpression" && node.callee.type === "MemberExpression" && ["then", "catch", "finally"].includes(node.callee.property?.name);
  let found = false;
  walk(ast.program, (node) => {
    if (found) return false;
    if (node.type === "ArrowFunctionExpression" && isChain(node.body)) found = true;
    if (isFunctionNode(node) && node.body?.type === "BlockStatement") {
      const last = node.body.body[node.body.body.length - 1];
      if (last?.type === "ReturnStatement" && isChain(last.argument)) found = true;
    }
  });
  return found;
}

export default function transform(file: FileInfo, api: API, _options?: Options): string {
  if (!meta.mayApply(file.source) || !mayHaveReturnedChain(file)) return file.source;
  const j = api.jscodeshift;
  const style = printOptionsFor(file.source);
  const root = j(file.source, { tabWidth: style.tabWidth });
  const report = siteReporter(api, meta.name, file.source, style.tabWidth);
  const names = declarationsAndAssignments(root.get().node, null);
  const facts = fileFacts(root.get().node.program);
  const asyncFunctions = new Set<string>();
  root.find(j.FunctionDeclaration, { async: true }).forEach((path: ASTPath<any>) => void (path.node.id && asyncFunctions.add(path.node.id.name)));
  const typescript = /\.[cm]?tsx?$/i.test(file.path ?? "");
  let changed = false;

  // Innermost functions first, so a chain inside a handler is written out before its function moves.
  const functions = root.find(j.Function).paths().reverse();
  for (const fn of functions) {
    const node = fn.node;
    const body = node.body;
    const last = body?.type === "BlockStatement" ? body.body[body.body.length - 1] : null;
    const expression = last?.type === "ReturnStatement" ? last.argument : body?.type !== "BlockStatement" ? body : null;
    if (!expression) continue;
    const verdict = judge(fn, expression, names, asyncFunctions, facts);
    if (!verdict) continue;
    const site = expression;
    if ("reason" in verdict) {
      report(site, { kind: "promise-chain", reason: verdict.reason });
      continue;
    }
    // New names need only be free in the function: one there shadows nothing it reads.
    const taken = namesInFile(j, j(fn as any));
    const statements = verdict.onRejected ? buildWithRejection(j, verdict.chain, verdict.handlers, verdict.onRejected, taken, typescript) : build(j, verdict.chain, verdict.handlers, taken, typescript);
    const comments = last?.comments ?? null;
    if (body.type === "BlockStatement") {
      statements[0].comments = comments;
      body.body.splice(body.body.length - 1, 1, ...statements);
    } else node.body = j.blockStatement(statements);
    makeAsync(j, node);
    report(site, { kind: "promise-chain", risks: verdict.risks });
    changed = true;
  }
  return changed ? printFile(root, file.source, file.path || "file.js") : file.source;
}
