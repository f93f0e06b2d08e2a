// A promise chain, `base.then(a).then(b).catch(h).finally(f)`, read into its parts, and whether its
// handlers can be written inline after `await` without changing what runs when.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { countReferences } from "./error-first";
import { isFunctionNode, usesArguments, usesThis, walkOwnBody } from "./functions";
import { patternNames } from "./patterns";
import { walk, walkWithAncestors } from "./walk";

export interface ChainStep {
  kind: "then" | "catch" | "finally";
  /** A function literal, or the name of a function of the file (`.then(render)`). */
  handler: any;
  /** The `.then(...)` / `.catch(...)` call. */
  call: any;
  /** `.then(ok, err)`: the rejection handler, which does not see what `ok` throws. */
  onRejected?: any;
}

export interface PromiseChain {
  base: any;
  steps: ChainStep[];
}

const METHODS = new Set(["then", "catch", "finally"]);

/** `base.then(a).catch(h)` -> its base and steps, innermost first; null when `node` is no such chain. */
export function chainOf(node: any): PromiseChain | { reason: string } | null {
  const steps: ChainStep[] = [];
  let current = node;
  while (current?.type === "CallExpression" && current.callee.type === "MemberExpression" && !current.callee.computed && METHODS.has(current.callee.property.name)) {
    const kind = current.callee.property.name as ChainStep["kind"];
    const args = current.arguments;
    const isNothing = (node: any) => node?.type === "NullLiteral" || (node?.type === "Identifier" && node.name === "undefined");
    if (args.some((arg: any) => arg.type === "SpreadElement") || args.length === 0 || args.length > (kind === "then" ? 2 : 1)) return { reason: "handler-arguments-not-one" };
    // `.then(null, err)` is `.catch(err)`.
    if (kind === "then" && args.length === 2 && isNothing(args[0])) steps.unshift({ kind: "catch", handler: args[1], call: current });
    else if (kind === "then" && args.length === 2) steps.unshift({ kind, handler: args[0], call: current, onRejected: args[1] });
    else steps.unshift({ kind, handler: args[0], call: current });
    current = current.callee.object;
  }
  if (steps.length === 0) return null;
  return { base: current, steps };
}

/**
 * Why the steps cannot be inlined, or null. Only `.then` steps, then at most one `.catch`, then at most
 * one `.finally`, in that order (a `.catch` or `.finally` earlier covers less than a try around all).
 */
export function stepOrderRefusal(steps: ChainStep[]): string | null {
  const rank = { then: 0, catch: 1, finally: 2 };
  for (let i = 1; i < steps.length; i++) {
    const before = rank[steps[i - 1]!.kind];
    const now = rank[steps[i]!.kind];
    if (now < before || (now === before && now > 0)) return "step-order-not-supported";
  }
  return null;
}

/** The `return` statements of a function's own body (arrows included, other functions not). */
export function ownReturns(fn: any): any[] {
  const found: any[] = [];
  walkOwnBody(fn.body, (node) => void (node.type === "ReturnStatement" && found.push(node)), false);
  return found;
}

/**
 * Why a function literal handler cannot be inlined: `this`/`arguments` of its own (a `function`), a
 * generator, parameters that are not plain (a default would apply where `await` gives `undefined`), more
 * than one parameter (a `.then` handler gets one value).
 */
export function handlerRefusal(handler: any, kind: ChainStep["kind"]): string | null {
  if (handler.generator) return "handler-is-generator";
  if (handler.type === "FunctionExpression" && (usesThis(handler) || usesArguments(handler))) return "handler-uses-this-or-arguments";
  if (handler.type === "FunctionExpression" && handler.id) return "handler-is-named";
  if (kind === "finally" ? handler.params.length > 0 : handler.params.length > 1) return "handler-parameters-not-simple";
  if (handler.params.some((param: any) => param.type !== "Identifier" && param.type !== "ObjectPattern" && param.type !== "ArrayPattern")) return "handler-parameters-not-simple";
  if (handler.params.some((param: any) => patternHasDefault(param))) return "handler-parameters-not-simple";
  if (handler.body.type === "BlockStatement" && handler.body.directives?.length) return "handler-has-directive";
  return null;
}

function patternHasDefault(pattern: any): boolean {
  let found = false;
  walk(pattern, (node) => void (found ||= node.type === "AssignmentPattern" || node.type === "RestElement"));
  return found;
}

/** Names a function literal brings along when inlined: its parameters and what its body declares. */
export function declaredNames(handler: any): string[] {
  const names = handler.params.flatMap((param: any) => patternNames(param));
  if (handler.body.type !== "BlockStatement") return names;
  walk(handler.body, (node) => {
    if (node !== handler.body && isFunctionNode(node)) {
      if (node.type === "FunctionDeclaration" && node.id) names.push(node.id.name);
      return false;
    }
    if (node.type === "VariableDeclaration") node.declarations.forEach((d: any) => names.push(...patternNames(d.id)));
    if (node.type === "ClassDeclaration" && node.id) names.push(node.id.name);
  });
  return names;
}

/** A `return` inside a `try` of the statements themselves (not of nested functions): where an awaited and an unawaited return differ. */
export function returnsInsideTry(statements: any[]): boolean {
  let found = false;
  for (const statement of statements) {
    walkWithAncestors(statement, (node, ancestors) => {
      if (found || isFunctionNode(node)) return false;
      if (node.type === "ReturnStatement" && ancestors.some((around) => around.type === "TryStatement")) found = true;
    });
  }
  return found;
}

/** Some name of `pattern` is assigned to in `body` (a handler that changes its parameter). */
export function assignsTo(body: any, pattern: any): boolean {
  const names = new Set(patternNames(pattern));
  let found = false;
  walk(body, (node) => {
    if (node.type === "AssignmentExpression" && patternNames(node.left).some((name: string) => names.has(name))) found = true;
    if (node.type === "UpdateExpression" && node.argument.type === "Identifier" && names.has(node.argument.name)) found = true;
    if ((node.type === "ForInStatement" || node.type === "ForOfStatement") && patternNames(node.left).some((name: string) => names.has(name))) found = true;
  });
  return found;
}

/** `name` is read or bound anywhere in `node`. */
export function mentions(node: any, name: string): boolean {
  return countReferences(node, name) > 0;
}
