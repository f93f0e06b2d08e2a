// then-to-async: promise chains -> `await`.
//
// A chain whose value goes somewhere known is written out in place, its steps after `await`s:
//   return base.then(a).catch(h).finally(f);   ending a function (made async), or in an async function
//   await chain;  const v = await chain;  v = await chain;   in an async function (or a module)
// A chain nobody waits for (`chain;`) or kept for later (`const p = chain;`) becomes an async arrow
// called at once, so the code after it still runs first:
//   const promise = base;                     (its synchronous throw stays synchronous)
//   void (async () => { const x = await promise; ...a })();
//
// `.catch`/`.finally` become a try around exactly the steps before them; `.then(ok, err)` only last
// into a return. Handlers are function literals or functions the file declares. Everything else is
// reported with a reason and left as it was (see README, "then-to-async").
import type { API, FileInfo, Options } from "jscodeshift";
import {
  chainOf,
  chainSites,
  declaredNames,
  handlerRefusal,
  hoistedNames,
  onlyTryAfter,
  ownReturns,
  returnsInsideTry,
  type ChainSite,
  type PromiseChain,
} from "../src/analysis/promise-chain";
import { countReferences, isPropertyName, rebinds } from "../src/analysis/error-first";
import { patternNames } from "../src/analysis/patterns";
import {
  isAccessorOrConstructor,
  isFunctionNode,
  memberText,
  takesCallback,
  usesAwaitIdentifier,
  usesThis,
} from "../src/analysis/functions";
import { declarationsAndAssignments } from "../src/analysis/module-bindings";
import { hasMultilineText } from "../src/analysis/templates";
import { autoParser, plainAst } from "../src/parse/parser";
import { ASYNC_FUNCTION_MODULES, PROMISES_MEMBER_MODULES } from "../src/knowledge/promise-apis";
import { usesPromiseLibrary } from "../src/knowledge/promise-libraries";
import type { TransformMeta } from "../src/transform-meta";
import { siteReporter } from "../src/report/sites";
import { makeAsync } from "../src/rewrite/async-function";
import { freeName, namesInFile } from "../src/rewrite/module-scope";
import { droppedComments } from "../src/rewrite/comments";
import { renameParameter } from "../src/rewrite/rename";
import { writeChain, type ChainSink, type Handler, type WrittenStep } from "../src/rewrite/promise-chain";
import { printFile, printOptionsFor } from "../src/rewrite/print";
import { walk, walkWithAncestors } from "../src/analysis/walk";

export const meta: TransformMeta = {
  name: "then-to-async",
  description:
    "promise chains (.then/.catch/.finally) -> await: returned and awaited ones in place, floating ones in an async arrow called at once",
  order: 20,
  mayApply: (source) => /\.\s*(?:then|catch|finally)\s*\(/.test(source),
};

export const parser = autoParser;

/** Calls whose result is a native promise, whatever their arguments. */
const PROMISE_FACTORIES = /^(?:fetch|Promise\.(?:resolve|reject|all|allSettled|race|any))$/;

/** What the file says about names: every declaration (a name resolves to one, and may shadow `Promise` or `fetch`), and whether it uses a promise library. */
interface KnownPromises {
  declared: Map<string, { node: any; container: any }[]>;
  /** Names assigned anywhere (`x = ...`, `x.y = ...`). */
  assigned: Set<string>;
  /** Declarators whose scope is not the block they sit in (see FileFacts.declaratorScopes). */
  declaratorScopes: Map<any, any>;
  /** The file uses a promise library (bluebird, Q, ...) or binds its own `Promise`. */
  library: boolean;
}

/**
 * The declaration `name` resolves to where `around` (a site's enclosing nodes) is: the nearest one whose
 * function (a parameter, a function's own name) or block is among them; null if none (a global, or a
 * name of another scope).
 */
function resolve(name: string, known: KnownPromises, around: Set<any>): { node: any; container: any } | null {
  // Not resolved where the answer is not certain: a name assigned anywhere (it may hold anything), one
  // declared by a `var` or in a `case` (their scope is not the block they sit in).
  if (known.assigned.has(name)) return null;
  const declarations = known.declared.get(name) ?? [];
  if (declarations.some((d) => known.declaratorScopes.get(d.node) === null || d.container?.type === "SwitchCase"))
    return null;
  let found: { node: any; container: any } | null = null;
  let depth = -1;
  const order = [...around];
  for (const declaration of declarations) {
    const scope =
      known.declaratorScopes.get(declaration.node) ??
      (declaration.node.type === "FunctionDeclaration" && declaration.node.id?.name === name
        ? declaration.container
        : around.has(declaration.node)
          ? declaration.node
          : declaration.container);
    if (!around.has(scope)) continue;
    const at = order.indexOf(scope);
    if (at > depth) [found, depth] = [declaration, at];
  }
  return found;
}

/** The base is a native promise as written: `fetch(...)`, `Promise.all(...)`, `new Promise(...)` (the globals, not the file's own), a call of an async function of the file. */
function isNativePromise(base: any, known: KnownPromises, around: Set<any>): boolean {
  const global = (name: string) => !known.declared.has(name);
  if (base.type === "NewExpression" && base.callee.type === "Identifier" && base.callee.name === "Promise")
    return global("Promise");
  if (base.type !== "CallExpression") return false;
  const text = memberText(base.callee);
  if (text === null) return false;
  if (PROMISE_FACTORIES.test(text)) return global(text.split(".")[0]);
  if (isNodeAsyncFunction(base.callee, known, around)) return true;
  // An async function of the file, by the name it has where the call is (a parameter could hide it).
  const declaration = base.callee.type === "Identifier" ? resolve(text, known, around) : null;
  return (
    declaration?.node.type === "FunctionDeclaration" &&
    declaration.node.id?.name === text &&
    declaration.node.async === true
  );
}

/** The module a name is bound to by `const name = require('m')` (or an import of it), where the call is. */
function requiredModule(name: string, known: KnownPromises, around: Set<any>): string | null {
  const declaration = resolve(name, known, around);
  const node = declaration?.node;
  if (node?.type === "VariableDeclarator" && node.id.type === "Identifier") {
    const init = node.init;
    if (
      init?.type === "CallExpression" &&
      init.callee.type === "Identifier" &&
      init.callee.name === "require" &&
      init.arguments[0]?.type === "StringLiteral"
    )
      return init.arguments[0].value;
  }
  if (node?.type === "ImportDeclaration") {
    const specifier = node.specifiers.find((s: any) => s.local.name === name);
    if (specifier && specifier.type !== "ImportSpecifier") return node.source.value;
  }
  return null;
}

/** `fs.promises.readFile`, `fsp.readFile` (fs/promises): one of Node's async functions (see knowledge/promise-apis). */
function isNodeAsyncFunction(callee: any, known: KnownPromises, around: Set<any>): boolean {
  if (callee.type !== "MemberExpression" || callee.computed) return false;
  const object = callee.object;
  if (object.type === "Identifier") return ASYNC_FUNCTION_MODULES.has(requiredModule(object.name, known, around) ?? "");
  return (
    object.type === "MemberExpression" &&
    !object.computed &&
    object.property.name === "promises" &&
    object.object.type === "Identifier" &&
    PROMISES_MEMBER_MODULES.has(requiredModule(object.object.name, known, around) ?? "")
  );
}

/** Literals and function literals: evaluating them cannot throw. */
const INERT = new Set([
  "StringLiteral",
  "NumericLiteral",
  "BooleanLiteral",
  "NullLiteral",
  "BigIntLiteral",
  "ArrowFunctionExpression",
  "FunctionExpression",
]);

/**
 * Evaluating `node` cannot throw synchronously: a native promise made from inert arguments (`Promise.all`,
 * `fetch`, an async function of the file reject instead of throwing). Such a base needs no `const` of its
 * own before a try or an async arrow.
 */
function cannotThrow(node: any, known: KnownPromises, around: Set<any>): boolean {
  if (INERT.has(node.type)) return true;
  // A name declared where it is read (an undeclared one throws a ReferenceError; a declaration's TDZ is taken as past).
  if (node.type === "Identifier") return resolve(node.name, known, around) !== null;
  // `${x}` may throw (a Symbol, a throwing toString).
  if (node.type === "TemplateLiteral") return node.expressions.length === 0;
  if (node.type === "ArrayExpression")
    return node.elements.every((element: any) => element && cannotThrow(element, known, around));
  if (node.type === "ObjectExpression")
    return node.properties.every(
      (p: any) => p.type === "ObjectProperty" && !p.computed && cannotThrow(p.value, known, around),
    );
  if (node.type === "NewExpression")
    return isNativePromise(node, known, around) && node.arguments.length === 1 && isFunctionNode(node.arguments[0]);
  return isNativePromise(node, known, around) && node.arguments.every((arg: any) => cannotThrow(arg, known, around));
}

/** Facts about the whole file, gathered in one walk (a walk per function would be quadratic on bundles). */
interface FileFacts {
  /** Names read inside a `try` block (also in functions written there): a call there catches what it throws synchronously. */
  inTry: Set<string>;
  /** Names used with `new` or `.prototype`. */
  constructed: Set<string>;
  /** The bodies of the file's functions: a declaration directly in one (or in the Program) is not in a block. */
  functionBodies: Set<any>;
  /** Names used other than by calling them (passed, assigned, exported): callers out of sight. */
  usedAsValue: Set<string>;
  /** Names called other than as `await f(...)` (where a synchronous throw and a rejection land in the same place). */
  callsNotAwaited: Set<string>;
  /** Function declarations and variable declarators at the program's top level. */
  topLevel: Set<any>;
  /** Declarators whose scope is not the block they sit in: a `let`/`const` in a loop head (the loop), a `var` (unknown here: null). */
  declaratorScopes: Map<any, any>;
  /** `require(...)` called, or `module`/`exports` read, in code (not in a comment). */
  commonJs: boolean;
}

/** An identifier read as a value: not called, not declared, not a key or a member's name. */
function isValueUse(node: any, parent: any, key: string): boolean {
  if (parent.type === "CallExpression" && key === "callee") return false;
  if (
    (parent.type === "FunctionDeclaration" ||
      parent.type === "FunctionExpression" ||
      parent.type === "ClassDeclaration" ||
      parent.type === "ClassExpression") &&
    key === "id"
  )
    return false;
  if (parent.type === "VariableDeclarator" && key === "id") return false;
  if (isFunctionNode(parent) && key === "params") return false;
  if (
    parent.type === "ImportSpecifier" ||
    parent.type === "ImportDefaultSpecifier" ||
    parent.type === "ImportNamespaceSpecifier"
  )
    return false;
  if (parent.type === "NewExpression" && key === "callee") return false;
  return !isPropertyName(node, parent);
}

function fileFacts(program: any): FileFacts {
  const inTry = new Set<string>();
  const constructed = new Set<string>();
  const functionBodies = new Set<any>([program]);
  // Nodes inside a try block, at any depth (also in functions written there: a callback the try calls,
  // `list.forEach((x) => f(x))`, throws into it).
  const insideTry = new Set<any>();
  const usedAsValue = new Set<string>();
  const callsNotAwaited = new Set<string>();
  const declaratorScopes = new Map<any, any>();
  let commonJs = false;
  walk(program, (node, parent, key) => {
    if (node.type === "VariableDeclaration") {
      const inHead =
        (parent?.type === "ForStatement" && key === "init") ||
        ((parent?.type === "ForInStatement" || parent?.type === "ForOfStatement") && key === "left");
      if (node.kind === "var") for (const declarator of node.declarations) declaratorScopes.set(declarator, null);
      else if (inHead) for (const declarator of node.declarations) declaratorScopes.set(declarator, parent);
    }
    if (node.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === "require")
      commonJs = true;
    if (
      node.type === "MemberExpression" &&
      node.object.type === "Identifier" &&
      (node.object.name === "module" || node.object.name === "exports")
    )
      commonJs = true;
    if (node.type === "CallExpression" && node.callee.type === "Identifier" && parent?.type !== "AwaitExpression")
      callsNotAwaited.add(node.callee.name);
    if (node.type === "Identifier" && parent && isValueUse(node, parent, key)) usedAsValue.add(node.name);
    if (parent && (insideTry.has(parent) || (parent.type === "TryStatement" && key === "block"))) insideTry.add(node);
    if (isFunctionNode(node)) functionBodies.add(node.body);
    if (node.type === "NewExpression" && node.callee.type === "Identifier") constructed.add(node.callee.name);
    if (
      node.type === "MemberExpression" &&
      !node.computed &&
      node.property.name === "prototype" &&
      node.object.type === "Identifier"
    )
      constructed.add(node.object.name);
    // In a try: a name read, or called other than as `await f(...)` (there a throw and a rejection land alike).
    if (
      insideTry.has(node) &&
      node.type === "CallExpression" &&
      node.callee.type === "Identifier" &&
      parent?.type !== "AwaitExpression"
    )
      inTry.add(node.callee.name);
    if (insideTry.has(node) && node.type === "Identifier" && !(parent?.type === "CallExpression" && key === "callee"))
      inTry.add(node.name);
  });
  const topLevel = new Set<any>();
  for (const statement of program.body) {
    if (statement.type === "FunctionDeclaration") topLevel.add(statement);
    if (statement.type === "VariableDeclaration") statement.declarations.forEach((d: any) => topLevel.add(d));
  }
  return { inTry, constructed, functionBodies, usedAsValue, callsNotAwaited, topLevel, declaratorScopes, commonJs };
}

/** The name callers reach the function by: its own, a variable's, a method's or property's key, an assignment's property. */
function knownAs(node: any, parent: any): string | null {
  // `const a = function b() {}` is called as `a`: the variable's name first, its own name only for a declaration.
  if (node.type === "FunctionDeclaration" && node.id?.type === "Identifier") return node.id.name;
  if ((node.type === "ObjectMethod" || node.type === "ClassMethod") && !node.computed && node.key.type === "Identifier")
    return node.key.name;
  if (parent?.type === "VariableDeclarator" && parent.id.type === "Identifier") return parent.id.name;
  if (
    (parent?.type === "ObjectProperty" || parent?.type === "ClassProperty") &&
    !parent.computed &&
    parent.key.type === "Identifier"
  )
    return parent.key.name;
  if (parent?.type === "AssignmentExpression" && parent.left.type === "MemberExpression" && !parent.left.computed)
    return parent.left.property.name;
  return node.id?.type === "Identifier" ? node.id.name : null;
}

/** A TypeScript return type an async function may have: `Promise<...>` (not `PromiseLike`, not a thenable interface). */
function isPromiseType(type: any): boolean {
  return type?.type === "TSTypeReference" && type.typeName?.type === "Identifier" && type.typeName.name === "Promise";
}

/** Making it async would break `new`: a capitalised name, `new`/`.prototype` use, or `this` outside a method. */
function mayBeConstructed(node: any, name: string | null, facts: FileFacts): boolean {
  if (
    node.type === "ArrowFunctionExpression" ||
    node.type === "ObjectMethod" ||
    node.type === "ClassMethod" ||
    node.type === "ClassPrivateMethod"
  )
    return false;
  if (usesThis(node)) return true;
  return name !== null && (/^[A-Z]/.test(name) || facts.constructed.has(name));
}

/** How a site is written: in place (its function made async when it was not), or in an async arrow called at once. */
type Plan = { sink: ChainSink; inIife: boolean; makesAsync: boolean; name?: string | null };

/** Where the chain's value goes decides where it can be written; null: not a site. */
function planFor(site: ChainSite, facts: FileFacts): Plan | { reason: string } | null {
  const { position, fn } = site;
  if (position.kind === "floating" || position.kind === "assigned")
    return { sink: { kind: "return", awaitAll: false, followed: false }, inIife: true, makesAsync: false };
  if (position.kind === "awaited") {
    if (fn && !fn.async) return null;
    const statement = site.statement;
    if (position.sink === "discard") return { sink: { kind: "discard" }, inIife: false, makesAsync: false };
    if (position.sink === "assign")
      return { sink: { kind: "assign", id: statement.expression.left }, inIife: false, makesAsync: false };
    return {
      sink: { kind: "declare", declaration: statement.kind, id: statement.declarations[0].id },
      inIife: false,
      makesAsync: false,
    };
  }
  if (!fn) return null;
  if (fn.generator) return { reason: "function-is-generator" };
  if (fn.async) {
    // `return chain` hands the promise out of the function's own try at once (its finally runs then);
    // `return await chain` waits inside it, as the inlined steps will.
    if (site.inTry && !position.awaited) return { reason: "chain-returned-inside-try" };
    // Code after the statement (a return in an `if`, a loop, a switch case) must not run when a step falls off its end.
    const followed = fn.body.type === "BlockStatement" && fn.body.body[fn.body.body.length - 1] !== site.statement;
    return { sink: { kind: "return", awaitAll: site.inTry, followed }, inIife: false, makesAsync: false };
  }
  // A function that is not async yet: only the chain its last statement returns.
  const body = fn.body;
  if (body.type === "BlockStatement" ? body.body[body.body.length - 1] !== site.statement : site.statement !== fn)
    return null;
  if (isAccessorOrConstructor(fn)) return { reason: "function-is-accessor-or-constructor" };
  const name = knownAs(fn, site.fnParent);
  if (fn.returnType && !isPromiseType(fn.returnType.typeAnnotation)) return { reason: "return-type-not-promise" };
  if (mayBeConstructed(fn, name, facts)) return { reason: "function-may-be-constructor" };
  if (usesAwaitIdentifier(fn)) return { reason: "await-used-as-identifier" };
  // Another path returning something that is not this chain would start returning a promise of it.
  if (body.type === "BlockStatement" && ownReturns(fn).length > 1) return { reason: "function-returns-other-values" };
  if (name && facts.inTry.has(name)) return { reason: "caller-catches-sync-errors" };
  return { sink: { kind: "return", awaitAll: false, followed: false }, inIife: false, makesAsync: true, name };
}

/** A handler the file can inline or call: a function literal, or a function declared once and never assigned. */
function handlerOf(node: any, names: ReturnType<typeof declarationsAndAssignments>, facts: FileFacts): Handler | null {
  if (node.type === "ArrowFunctionExpression" || node.type === "FunctionExpression") return { literal: node };
  if (node.type !== "Identifier") return null;
  // `.then(render)` calls it with the one value, as `render(value)` does. Not one declared in a block:
  // in sloppy mode it exists only once that block has run.
  const declared = names.declared.get(node.name);
  const declaration = declared?.length === 1 ? declared[0] : null;
  if (
    declaration?.node.type !== "FunctionDeclaration" ||
    declaration.node.id?.name !== node.name ||
    names.assigned.has(node.name)
  )
    return null;
  if (!facts.functionBodies.has(declaration.container)) return null;
  return { name: node.name };
}

/** The chain's steps as the writer takes them, or why they cannot be inlined where they go. */
function judgeSteps(
  chain: PromiseChain,
  returns: boolean,
  names: ReturnType<typeof declarationsAndAssignments>,
  facts: FileFacts,
  typescript: boolean,
): WrittenStep[] | { reason: string } {
  const { steps } = chain;
  const last = steps.length - 1;
  // Handler bodies move to another depth; recast would re-indent a multi-line template literal's text.
  if (steps.some((step) => hasMultilineText(step.handler) || (step.onRejected && hasMultilineText(step.onRejected))))
    return { reason: "multiline-template-moved" };
  const written: WrittenStep[] = [];
  for (const [index, step] of steps.entries()) {
    const handler = handlerOf(step.handler, names, facts);
    if (!handler) return { reason: "handler-not-a-known-function" };
    let onRejected: Handler | null = null;
    if (step.onRejected) {
      // Its `err` ends the function, which only a return can do, and nothing after it may run.
      if (!returns || index !== last) return { reason: "then-with-rejection-handler-not-last" };
      onRejected = handlerOf(step.onRejected, names, facts);
      if (!onRejected) return { reason: "handler-not-a-known-function" };
      if ("literal" in handler && handler.literal.params[0] && handler.literal.params[0].type !== "Identifier")
        return { reason: "handler-parameters-not-simple" };
    }
    // A step ends the function when only the try that `.catch`/`.finally` become follows it.
    const endsFunction =
      returns &&
      (step.kind === "then"
        ? onlyTryAfter(steps, index)
        : step.kind === "catch" && (index === last || (index === last - 1 && steps[last].kind === "finally")));
    for (const [literal, kind] of [
      ["literal" in handler ? handler.literal : null, step.kind],
      [onRejected && "literal" in onRejected ? onRejected.literal : null, "catch"],
    ] as const) {
      if (!literal) continue;
      const refusal = handlerRefusal(literal, kind);
      if (refusal) return { reason: refusal };
      if (usesAwaitIdentifier(literal)) return { reason: "await-used-as-identifier" };
      // `function (opts) { var opts = opts || {}; }`: inlined, the parameter's `const` and the `var` would clash.
      const declared = declaredNames(literal);
      if (
        literal.params
          .flatMap((param: any) => patternNames(param))
          .some((name: string) => declared.filter((other) => other === name).length > 1)
      )
        return { reason: "handler-redeclares-a-name" };
      // TypeScript: a catch clause's variable is `unknown` or `any`; a pattern there cannot be typed.
      if (typescript && kind === "catch" && literal.params[0] && literal.params[0].type !== "Identifier")
        return { reason: "handler-parameters-not-simple" };
      const ownReturnStatements = ownReturns(literal);
      if (kind === "finally" && ownReturnStatements.length) return { reason: "finally-handler-returns" };
      // A step that hands its value on does so through one `return` at its end (an early one would leave the function).
      if (!endsFunction && kind !== "finally" && literal.body.type === "BlockStatement") {
        const final = literal.body.body[literal.body.body.length - 1];
        if (ownReturnStatements.length > 1 || (ownReturnStatements.length === 1 && ownReturnStatements[0] !== final))
          return { reason: "handler-returns-early" };
        const next = steps[index + 1];
        if (kind === "then" && ownReturnStatements.length === 0 && next?.kind === "then" && next.handler.params?.length)
          return { reason: "handler-value-not-returned" };
      }
    }
    written.push({ kind: step.kind, handler, onRejected });
  }
  return written;
}

/**
 * Names the handlers bring where they land must mean nothing else there: not in the scope they join
 * (beyond the chain itself), not in the base, not in another handler that reads that name from outside.
 * A `.catch` handler's names stay in its clause. A `.then` parameter that would collide (an earlier
 * step's `res` in `.then((res) => ...).then((res) => ...)`, a name of the function) is renamed in its own
 * handler: returned as [handler, name]. Null: a collision no rename solves (a name the body declares).
 */
function renamesFor(chain: PromiseChain, steps: WrittenStep[], scope: any | null): [any, string][] | null {
  const literals = steps.flatMap((step) => [
    ...("literal" in step.handler ? [{ literal: step.handler.literal, confined: step.kind === "catch" }] : []),
    ...(step.onRejected && "literal" in step.onRejected ? [{ literal: step.onRejected.literal, confined: true }] : []),
  ]);
  const declared = literals.map(({ literal }) => new Set(declaredNames(literal)));
  const parts = [chain.base, ...literals.map((entry) => entry.literal)];
  const renames: [any, string][] = [];
  const brought = new Set<string>();
  for (const [index, { literal, confined }] of literals.entries()) {
    const param = literal.params[0]?.type === "Identifier" ? literal.params[0].name : null;
    // A catch handler's names stay in its clause, except a `var` or a function declaration (hoisted out of it).
    for (const name of confined ? hoistedNames(literal) : declared[index]) {
      const collides =
        countReferences(chain.base, name) > 0 ||
        (scope !== null && mentionedOutside(scope, name, parts)) ||
        // Another handler reading `name` from outside would read this one's.
        literals.some(
          (other, at) => at !== index && !declared[at].has(name) && countReferences(other.literal, name) > 0,
        ) ||
        (!confined && brought.has(name));
      if (!collides) {
        if (!confined) brought.add(name);
        continue;
      }
      // A `.then` parameter can take a new name in its own handler (nothing outside it read that binding).
      let inJsx = false;
      walk(literal.body, (node) => void (inJsx ||= node.type === "JSXIdentifier" && node.name === name));
      const onlyTheParameter = declaredNames(literal).filter((other) => other === name).length === 1;
      if (confined || name !== param || !onlyTheParameter || inJsx) return null;
      renames.push([literal, name]);
    }
  }
  return renames;
}

/** `name` appears in `scope` outside `parts` (any binding of that name: a new declaration there would meet it). */
function mentionedOutside(scope: any, name: string, parts: any[]): boolean {
  const skipped = new Set(parts);
  let found = false;
  walkWithAncestors(scope, (node, ancestors) => {
    // A nested function with its own `name` never sees the one the handlers bring.
    if (found || skipped.has(node) || (node !== scope && isFunctionNode(node) && rebinds(node, name))) return false;
    if (node.type === "Identifier" && node.name === name && !isPropertyName(node, ancestors[ancestors.length - 1]))
      found = true;
  });
  return found;
}

/** Some handler literal's own body (not its nested functions) has a node that `test` picks. */
function handlersHold(steps: WrittenStep[], test: (node: any) => boolean): boolean {
  let found = false;
  for (const step of steps) {
    for (const handler of [step.handler, step.onRejected]) {
      if (!handler || !("literal" in handler)) continue;
      walk(handler.literal.body, (node) => {
        if (found || isFunctionNode(node)) return false;
        if (test(node)) found = true;
      });
    }
  }
  return found;
}

/** A `var` in a handler, which inlined into a loop would be one variable for all turns (it was one per call). */
const declaresVar = (steps: WrittenStep[]) =>
  handlersHold(steps, (node) => node.type === "VariableDeclaration" && node.kind === "var");

type Verdict =
  | { reason: string }
  | { plan: Plan; chain: PromiseChain; steps: WrittenStep[]; risks: string[]; renames: [any, string][] };

function judge(
  site: ChainSite,
  program: any,
  names: ReturnType<typeof declarationsAndAssignments>,
  known: KnownPromises,
  facts: FileFacts,
  typescript: boolean,
  script: boolean,
): Verdict | null {
  const plan = planFor(site, facts);
  if (!plan) return null;
  const found = chainOf(site.chain);
  if (!found) return null;
  if ("reason" in found) return found;
  if ("reason" in plan) return plan;
  const chain = found;
  // A chain of one step nobody waits for is as flat as it gets: an async arrow would only add lines.
  if (plan.inIife && chain.steps.length < 2) return null;
  const steps = judgeSteps(chain, plan.sink.kind === "return", names, facts, typescript);
  if ("reason" in steps) return steps;
  // A function made async (or a kept async arrow) hands out a native promise; in a file that uses a
  // promise library, the chain's promise may have had methods callers use (bluebird's `.spread`, Q's `.fail`).
  if (
    (plan.makesAsync || site.position.kind === "assigned") &&
    known.library &&
    !isNativePromise(chain.base, known, site.around)
  )
    return { reason: "library-promise-returned" };
  if (plan.makesAsync) {
    // A function that also takes a callback, made async: code out of sight that tells async functions
    // apart (the async library) would call it without one.
    if (
      takesCallback(site.fn, { handedOn: false }) &&
      callersOutOfSight(site, facts, plan.name ?? null, names.escaping, script)
    )
      return { reason: "exported-function-keeps-callback" };
    const refusal =
      callbackRefusal(site, chain, known) ??
      syncThrowRefusal(site, chain, known, facts, plan.name ?? null, names.escaping, script);
    if (refusal) return { reason: refusal };
  }
  // Inside the try that `.catch`/`.finally` become, a return is awaited; a handler's own `try` around a
  // return would then catch what the chain's `.catch` caught (and its `finally` would wait).
  const guarded =
    steps.some((step) => step.kind !== "then" || step.onRejected) ||
    (plan.sink.kind === "return" && plan.sink.awaitAll);
  const inlined = steps.flatMap((step) =>
    "literal" in step.handler && step.kind === "then" ? [step.handler.literal.body] : [],
  );
  if (guarded && returnsInsideTry(inlined)) return { reason: "handler-returns-inside-try" };
  // In an async arrow of its own, the handlers' names meet only each other; in place, the whole function's.
  const renames = renamesFor(chain, steps, plan.inIife ? null : (site.fn ?? program));
  if (!renames) return { reason: "name-collision" };
  if (!plan.inIife && site.inLoop && declaresVar(steps)) return { reason: "handler-var-in-loop" };
  // A label in a handler could meet a label of the same name around the statement it joins.
  if (!plan.inIife && handlersHold(steps, (node) => node.type === "LabeledStatement"))
    return { reason: "handler-has-label" };
  // A kept chain at a script's top level would need its base's `const` there too.
  if (script && !site.fn && site.position.kind === "assigned" && needsSeparateBase(plan, steps, chain, known, site))
    return { reason: "script-top-level-name" };
  const risks = isNativePromise(chain.base, known, site.around) ? [] : ["base-assumed-promise"];
  return { plan, chain, steps, risks, renames };
}

/**
 * A function literal passed to a call that is not a promise method (`new Promise(executor)`, `list.map(f)`,
 * `app.get(path, f)`) is called by code that may catch what it throws synchronously; made async, a throw
 * before its first await would be a rejection nobody handles. Only a function whose first await comes
 * before anything that can throw (just `return base.then(...)`, the base a promise that cannot throw) is
 * safe. A promise executor is never made async.
 */
function callbackRefusal(site: ChainSite, chain: PromiseChain, known: KnownPromises): string | null {
  const parent = site.fnParent;
  if ((parent?.type !== "CallExpression" && parent?.type !== "NewExpression") || !parent.arguments.includes(site.fn))
    return null;
  if (parent.type === "NewExpression" && parent.callee.type === "Identifier" && parent.callee.name === "Promise")
    return "function-is-promise-executor";
  const callee = parent.callee;
  if (
    callee.type === "MemberExpression" &&
    !callee.computed &&
    ["then", "catch", "finally"].includes(callee.property.name)
  )
    return null;
  const body = site.fn.body;
  const onlyTheChain = body.type !== "BlockStatement" || body.body.length === 1;
  return onlyTheChain && cannotThrow(chain.base, known, site.around) ? null : "callback-may-throw-synchronously";
}

/** Before a try or an async arrow, a base call that may throw is made first: its throw was never the chain's. */
function needsSeparateBase(
  plan: Plan,
  steps: WrittenStep[],
  chain: PromiseChain,
  known: KnownPromises,
  site: ChainSite,
): boolean {
  return (
    (plan.inIife || steps.some((step) => step.kind !== "then" || step.onRejected)) &&
    !cannotThrow(chain.base, known, site.around)
  );
}

/**
 * Made async, a function throws what it threw synchronously before its first await as a rejection
 * instead (`assert.throws(() => f())` fails, `f().catch(h)` or a later `await p` in a try now catches
 * it, `f();` no longer stops the code after it). So only where that cannot show: nothing before the first
 * await can throw (the body is `return base.then(...)` and the base cannot throw), or every caller is in
 * sight (a function of the file called by name, not a method, not passed on) and each call is `await
 * f(...)`, where a throw and a rejection land in the same place.
 */
function syncThrowRefusal(
  site: ChainSite,
  chain: PromiseChain,
  known: KnownPromises,
  facts: FileFacts,
  name: string | null,
  escaping: Set<string>,
  script: boolean,
): string | null {
  const parent = site.fnParent;
  // A promise handler's throw was a rejection already.
  const callee = parent?.type === "CallExpression" && parent.arguments.includes(site.fn) ? parent.callee : null;
  if (
    callee?.type === "MemberExpression" &&
    !callee.computed &&
    ["then", "catch", "finally"].includes(callee.property.name)
  )
    return null;
  const body = site.fn.body;
  const before = body.type === "BlockStatement" ? body.body.slice(0, -1) : [];
  if (
    before.every((statement: any) => declarationCannotThrow(statement, known, site.around)) &&
    cannotThrow(chain.base, known, site.around)
  )
    return null;
  return callersOutOfSight(site, facts, name, escaping, script) || (name !== null && facts.callsNotAwaited.has(name))
    ? "throw-would-become-rejection"
    : null;
}

/**
 * Code out of this file's sight may call the function: a method, one with no name, exported (`export
 * const f = ...`), passed on or read as a value, assigned somewhere, or a classic script's top-level
 * function (a global other scripts call).
 */
function callersOutOfSight(
  site: ChainSite,
  facts: FileFacts,
  name: string | null,
  escaping: Set<string>,
  script: boolean,
): boolean {
  const parent = site.fnParent;
  const method =
    site.fn.type === "ClassMethod" || site.fn.type === "ClassPrivateMethod" || site.fn.type === "ObjectMethod";
  const global =
    script &&
    (site.fn.type === "FunctionDeclaration"
      ? facts.topLevel.has(site.fn)
      : site.fnParent?.type === "VariableDeclarator" && facts.topLevel.has(site.fnParent));
  return (
    method ||
    !name ||
    escaping.has(name) ||
    global ||
    facts.usedAsValue.has(name) ||
    /^Export|^(?:ObjectProperty|ClassProperty|ClassPrivateProperty|AssignmentExpression)$/.test(parent?.type ?? "") ||
    (site.fn.type !== "FunctionDeclaration" && parent?.type !== "VariableDeclarator")
  );
}

/** `const a = [], b = 'x';`: declarations of plain names whose values cannot throw. */
function declarationCannotThrow(statement: any, known: KnownPromises, around: Set<any>): boolean {
  return (
    statement.type === "VariableDeclaration" &&
    statement.declarations.every(
      (d: any) => d.id.type === "Identifier" && (!d.init || cannotThrow(d.init, known, around)),
    )
  );
}

/** A plain parse finds a chain standing where its value goes somewhere known (else recast is not needed). */
/** What the judge needs to know about the file, from one parse of it (plain or recast). */
interface FileContext {
  names: ReturnType<typeof declarationsAndAssignments>;
  facts: FileFacts;
  known: KnownPromises;
  typescript: boolean;
  script: boolean;
}

function contextFor(file: FileInfo, ast: any): FileContext {
  const names = declarationsAndAssignments(ast, null);
  const facts = fileFacts(ast.program);
  return {
    names,
    facts,
    known: {
      declared: names.declared,
      assigned: names.assigned,
      declaratorScopes: facts.declaratorScopes,
      library: names.declared.has("Promise") || usesPromiseLibrary(file.source),
    },
    typescript: /\.[cm]?tsx?$/i.test(file.path ?? ""),
    script: isClassicScript(file, ast.program, facts),
  };
}

function judgeIn(site: ChainSite, program: any, context: FileContext): Verdict | null {
  const verdict = judge(site, program, context.names, context.known, context.facts, context.typescript, context.script);
  return verdict && !("reason" in verdict) && reprintsMultilineText(site)
    ? { reason: "multiline-template-moved" }
    : verdict;
}

/**
 * A plain parse judges every site first: recast (which costs several plain parses) is needed only when
 * one can be written out. Otherwise the refusals are reported from the plain parse and the file is left
 * as it is. Null: the plain parser could not read the file (jscodeshift's own parser may still).
 */
function surveyed(file: FileInfo, report: ReturnType<typeof siteReporter>): boolean | null {
  let ast: any;
  try {
    ast = plainAst(file.path || "file.js", file.source);
  } catch {
    return null;
  }
  const sites = chainSites(ast.program);
  if (!sites.length) return false;
  const context = contextFor(file, ast);
  const verdicts = sites.map((site) => [site, judgeIn(site, ast.program, context)] as const);
  if (verdicts.some(([, verdict]) => verdict && !("reason" in verdict))) return true;
  for (const [site, verdict] of verdicts)
    if (verdict && "reason" in verdict) report(site.chain, { kind: "promise-chain", reason: verdict.reason });
  return false;
}

/**
 * Comments of the chain on nodes the rewrite drops (between steps, on a handler, on a step's final
 * `return`) go before the new statements, in their order; the ones on code that moved stay there.
 */
function keepComments(chainComments: any[], statements: any[]): void {
  const kept = new Set(statements.flatMap((statement) => droppedComments(statement, new Set())));
  const at = (comment: any) => comment.start ?? comment.loc?.start.line ?? 0;
  const lost = chainComments.filter((comment) => !kept.has(comment)).sort((a, b) => at(a) - at(b));
  if (!lost.length || !statements[0]) return;
  // Text and kind only: recast would look a moved comment's old position up in the new lines.
  const leading = lost.map(({ type, value }: any) => ({ type, value, leading: true, trailing: false }));
  statements[0].comments = [...leading, ...(statements[0].comments ?? [])];
}

/** Put `statements` where `statement` was: in its list, in a block of their own (a braceless body), or as an arrow's body. */
function replaceStatement(j: API["jscodeshift"], site: ChainSite, statements: any[], parent: any): void {
  const comments = site.statement.comments ?? null;
  if (comments && statements[0]) {
    site.statement.comments = null;
    statements[0].comments = [...comments, ...(statements[0].comments ?? [])];
  }
  if (site.statement.type === "ArrowFunctionExpression") {
    site.statement.body = j.blockStatement(statements);
    // recast indents a reprinted node by the indent of the last node that began a line; an arrow inside
    // `  .then(...)` would get its statements at the statement's indent, not its own line's.
    const loc = site.statement.loc;
    if (loc?.lines && typeof loc.indent === "number")
      loc.indent = Math.max(loc.indent, loc.lines.getIndentAt(loc.start.line));
    return;
  }
  if (site.container) {
    const list = site.container.type === "SwitchCase" ? site.container.consequent : site.container.body;
    list.splice(list.indexOf(site.statement), 1, ...statements);
    return;
  }
  for (const key of ["consequent", "alternate", "body"]) {
    if (parent[key] === site.statement) parent[key] = j.blockStatement(statements);
  }
}

type Accepted = Exclude<Verdict, { reason: string } | null>;

/**
 * A classic script (no import/export, no require/module/exports; not .mjs/.cjs/.mts/.cts): its top-level
 * `const`s share one scope with every other script of the page, so a new top-level name could clash,
 * and its top-level functions are globals other scripts may call. A `.ts` file without import or export
 * is such a script to TypeScript too (its declarations are global to the program): one decision for both.
 */
function isClassicScript(file: FileInfo, program: any, facts: FileFacts): boolean {
  if (!/\.[jt]sx?$/i.test(file.path ?? "file.js")) return false;
  return !facts.commonJs && !program.body.some((statement: any) => /^(?:Import|Export)/.test(statement.type));
}

/** Write the chain out where it stands (in place, or in an async arrow called at once). */
function rewriteSite(
  j: API["jscodeshift"],
  site: ChainSite,
  verdict: Accepted,
  program: any,
  known: KnownPromises,
  typescript: boolean,
  parent: any,
  script: boolean,
): void {
  const { plan, chain, steps } = verdict;
  // New names need only be free where they land: one there shadows nothing it reads.
  const taken = namesInFile(j, j(site.fn ?? program));
  for (const [handler, name] of verdict.renames) renameParameter(handler, name, freeName(name, taken));
  const separateBase = needsSeparateBase(plan, steps, chain, known, site);
  const chainComments = droppedComments(site.chain, new Set());
  const written = writeChain(j, chain.base, steps, plan.sink, taken, typescript, separateBase);
  let statements = [...written.before, ...written.statements];
  if (plan.inIife) {
    const arrow = j.arrowFunctionExpression([], j.blockStatement(written.statements));
    arrow.async = true;
    const call = j.callExpression(arrow, []);
    if (site.position.kind === "assigned") {
      site.statement.declarations[0].init = call;
      statements = [...written.before, site.statement];
    } else {
      // `void` in front: a statement starting with `(` could continue the line before it.
      statements = [...written.before, j.expressionStatement(j.unaryExpression("void", call))];
      // At a script's top level, the base's `const` stays in a block of its own.
      if (script && !site.fn && written.before.length) statements = [j.blockStatement(statements)];
    }
  }
  keepComments(chainComments, statements);
  replaceStatement(j, site, statements, parent);
  if (plan.makesAsync) {
    makeAsync(j, site.fn);
  }
}

/**
 * Writing the chain out would make recast print its statement list again, each statement on a line of
 * its own: where statements now share a line, they move, and so would the lines of a multi-line literal
 * among them. (What this misses, printFile's check of the printed text catches: the file is skipped.)
 */
function reprintsMultilineText(site: ChainSite): boolean {
  const container = site.container;
  const list = container?.type === "SwitchCase" ? container.consequent : container?.body;
  if (!Array.isArray(list)) return false;
  // The line of the opening brace (a Program has none), then of each statement's end.
  let line = container.type === "Program" ? -1 : container.loc?.start.line;
  let shared = false;
  for (const statement of list) {
    if (statement.loc?.start.line === line) shared = true;
    line = statement.loc?.end.line;
  }
  return shared && hasMultilineText(container);
}

export default function transform(file: FileInfo, api: API, _options?: Options): string {
  if (!meta.mayApply(file.source)) return file.source;
  const style = printOptionsFor(file.source);
  const report = siteReporter(api, meta.name, file.source, style.tabWidth);
  if (surveyed(file, report) === false) return file.source;
  const j = api.jscodeshift;
  const root = j(file.source, { tabWidth: style.tabWidth });
  const program = root.get().node.program;
  let context = contextFor(file, root.get().node);
  let changed = false;
  // A site refused in one round may go through in the next (its function became async when the chain
  // around it was written out): rounds until nothing changes, so a second run finds nothing to do.
  // Each chain is reported once, with its last outcome.
  const refused = new Map<any, string>();
  const converted: [any, string[]][] = [];
  // Facts are gathered again each round: a rewrite changes them (a call that became `await f(...)`).
  for (let round = 0, progress = true; progress && round < 5; round++) {
    progress = false;
    if (round > 0) context = contextFor(file, root.get().node);
    const { known, typescript, script } = context;
    // Deepest first, so a chain inside a handler is written out before its handler moves; the rest in
    // source order, so new names are numbered as they are read.
    const sites = chainSites(program).sort((a, b) => b.depth - a.depth);
    for (const site of sites) {
      const verdict = judgeIn(site, program, context);
      if (!verdict) continue;
      if ("reason" in verdict) {
        refused.set(site.chain, verdict.reason);
        continue;
      }
      refused.delete(site.chain);
      rewriteSite(j, site, verdict, program, known, typescript, site.parent, script);
      converted.push([site.chain, verdict.risks]);
      changed = progress = true;
    }
  }
  // Reported in source order (the chains keep their positions in the file as it was read).
  const at = (node: any) => (node.loc ? node.loc.start.line * 1e6 + node.loc.start.column : 0);
  const outcomes = [
    ...converted.map(([chain, risks]) => ({ chain, risks, reason: undefined as string | undefined })),
    ...[...refused].map(([chain, reason]) => ({ chain, risks: [] as string[], reason })),
  ];
  for (const { chain, risks, reason } of outcomes.sort((a, b) => at(a.chain) - at(b.chain)))
    report(chain, { kind: "promise-chain", ...(reason ? { reason } : { risks }) });
  return changed ? printFile(root, file.source, file.path || "file.js") : file.source;
}
