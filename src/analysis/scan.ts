// What a plain parse (no recast) tells about a file: the survey that decides whether a file needs the
// transforms at all, and for `unpyramid scan`, its callback sites, promise chains and named functions.
import type * as t from "@babel/types";
import { parseFile } from "../parse/parser";
import { isErrorFirstCallbackLiteral, isErrorName, isFunctionLiteral } from "./error-first";
import { calleeFacts, type NameIndex } from "./definitions";
import { declarationsAndAssignments, statementBindings } from "./module-bindings";
import { calleeRefusal, positionRefusal, userCallRefusal } from "./user-calls";
import { walkWithAncestors } from "./walk";
import { CALLBACK_PARAMETER_NAME, deferralOrTimerCaller } from "../knowledge/callback-conventions";
import { callbackContractOf, type ArgumentCaller } from "./callback-contract";
import { isFunctionNode, memberText } from "./functions";
import {
  ASYNC_LIB_FLOWS,
  ASYNC_LIB_MODULES,
  ASYNC_LIB_NOT_CONVERTED,
  ASYNC_LIB_OTHER_FLOWS,
} from "../knowledge/async-lib";

/** Every function of the `async` library that runs tasks (its helpers are no flows). */
const ASYNC_LIB_FUNCTIONS = new Set([
  ...ASYNC_LIB_FLOWS.keys(),
  ...ASYNC_LIB_NOT_CONVERTED.keys(),
  ...ASYNC_LIB_OTHER_FLOWS,
]);

export interface CallbackSite {
  line: number;
  column: number;
  /** The callee as written, e.g. `fs.readFile`. */
  callee: string;
  /** How many error-first callbacks enclose this one (1 = not nested). */
  depth: number;
}

function calleeText(node: any): string {
  if (node.type === "Identifier") return node.name;
  if (node.type === "ThisExpression") return "this";
  if ((node.type === "MemberExpression" || node.type === "OptionalMemberExpression") && !node.computed)
    return `${calleeText(node.object)}.${node.property.name ?? "?"}`;
  if (node.type === "CallExpression") return `${calleeText(node.callee)}(...)`;
  return "(expression)";
}

export interface CallbackSurvey {
  /** Calls `<name>.<method>(..., <function literal>)` or `<member>(..., <function literal>)` through a module-level binding of one of the modules. */
  coreCalls: number;
  /**
   * Where other calls pass an error-first callback literal last (or a value-first one to a function of
   * the file whose last parameter is named like a callback), with the reason it cannot convert, or null
   * when it may (the file then needs the transform's full analysis).
   */
  errorFirstCalls: { line: number; column: number; reason: string | null; value?: true }[];
}

/**
 * Module-level names bound to one of `modules` (`namespaces`) or to one of their exports (`members`):
 * the same recognition the transforms use, on a plain parse.
 */
export function moduleBindingNames(
  ast: any,
  modules: ReadonlySet<string>,
): { namespaces: Set<string>; members: Set<string> } {
  const namespaces = new Set<string>();
  const members = new Set<string>();
  for (const statement of (ast.program ?? ast).body) {
    for (const { local, module, member } of statementBindings(statement)) {
      if (modules.has(module)) (member === null ? namespaces : members).add(local);
    }
  }
  return { namespaces, members };
}

/** `fs.stat` through a module-level binding of the module, or a bound `stat`: a core API, by its names. */
function namesCoreApi(
  node: t.Node,
  namespaces: Set<string>,
  members: Set<string>,
  apiNames: ReadonlySet<string>,
): boolean {
  return (
    (node.type === "MemberExpression" &&
      !node.computed &&
      node.object.type === "Identifier" &&
      namespaces.has(node.object.name) &&
      node.property.type === "Identifier" &&
      apiNames.has(node.property.name)) ||
    (node.type === "Identifier" && members.has(node.name))
  );
}

/** A core API (see namesCoreApi), or a choice among such (`deref ? fs.stat : fs.lstat`, `a || fs.stat`). */
function isCoreValue(
  value: t.Node,
  namespaces: Set<string>,
  members: Set<string>,
  apiNames: ReadonlySet<string>,
): boolean {
  if (value.type === "ConditionalExpression")
    return [value.consequent, value.alternate].every((v) => isCoreValue(v, namespaces, members, apiNames));
  if (value.type === "LogicalExpression")
    return [value.left, value.right].every((v) => isCoreValue(v, namespaces, members, apiNames));
  return namesCoreApi(value, namespaces, members, apiNames);
}

/**
 * One walk over a plain parse: calls into core modules that a transform may convert, and every call
 * that passes an error-first callback literal. No core call means recast is not needed at all.
 */
export function surveyCallbacks(ast: any, modules: ReadonlySet<string>, apiNames: ReadonlySet<string>): CallbackSurvey {
  const { namespaces, members } = moduleBindingNames(ast, modules);
  const survey: CallbackSurvey = { coreCalls: 0, errorFirstCalls: [] };
  const caller = plainArgumentCaller(namespaces, members, apiNames);
  // A callback passed by name counts when the file declares a function of that name (it may be
  // inlined), or when it is a parameter of a function around the call or a function expression's own
  // name (`fs.stat(p, cb)`: a literal forwarding to it may take its place). To another function, only a
  // declared function whose first parameter is named like an error counts.
  const declaredFunctions = new Set<string>();
  const errorFirstFunctions = new Set<string>();
  const namedCallbacks: string[] = [];
  const namedUserCallbacks: { name: string; line: number; column: number; reason: string | null }[] = [];
  // Calls of a function of the file with a callback literal taking a value first (`getData(function (a) {...})`).
  const callbackFunctions = new Map<any, string>();
  const callbackParameterNames = new Set<string>();
  const calledLater = new Set<any>();
  const calledAtOnce = new Set<any>();
  const valueCallbackCalls: { name: string; line: number; column: number; reason: string | null }[] = [];
  let names: NameIndex | null = null;
  // A named callback can be inlined only when its name appears twice: the declaration and the call.
  const mentions = new Map<string, number>();
  // Names called with a function last that are no core API's name, and names given a core API as a
  // value (`var stat = deref ? fs.stat : fs.lstat`): a call of one of those may be a core call.
  const calledByName = new Set<string>();
  const coreValued = new Set<string>();
  walkWithAncestors(ast.program ?? ast, (node, ancestors) => {
    if (node.type === "Identifier") mentions.set(node.name, (mentions.get(node.name) ?? 0) + 1);
    if (
      node.type === "VariableDeclarator" &&
      node.id.type === "Identifier" &&
      node.init &&
      (namespaces.size || members.size)
    )
      if (isCoreValue(node.init, namespaces, members, apiNames)) coreValued.add(node.id.name);
    if (node.type === "FunctionDeclaration" && node.id) {
      declaredFunctions.add(node.id.name);
      if (node.params[0]?.type === "Identifier" && isErrorName(node.params[0].name))
        errorFirstFunctions.add(node.id.name);
      const lastParam = node.params[node.params.length - 1];
      if (lastParam?.type === "Identifier" && CALLBACK_PARAMETER_NAME.test(lastParam.name)) {
        callbackFunctions.set(node, node.id.name);
        for (const param of node.params) if (param.type === "Identifier") callbackParameterNames.add(param.name);
      }
    }
    // Where a function of the file calls its callback parameter: only from nested functions (later, as
    // the contract proof requires) or also directly (synchronously: its callers cannot await it).
    // Only a parameter name of such a function can lead to one: the others need no climb up the ancestors.
    if (
      (node.type === "CallExpression" || node.type === "OptionalCallExpression") &&
      node.callee.type === "Identifier" &&
      callbackParameterNames.has(node.callee.name)
    ) {
      const name = node.callee.name;
      for (let i = ancestors.length - 1, nested = false; i >= 0; i--) {
        const around = ancestors[i];
        if (
          !isFunctionLiteral(around) &&
          around.type !== "FunctionDeclaration" &&
          around.type !== "ObjectMethod" &&
          around.type !== "ClassMethod"
        )
          continue;
        if (around.params.some((param: any) => param.type === "Identifier" && param.name === name)) {
          if (callbackFunctions.has(around)) (nested ? calledLater : calledAtOnce).add(around);
          break;
        }
        nested = true;
      }
    }
    if (node.type !== "CallExpression" && node.type !== "OptionalCallExpression") return;
    const last = node.arguments[node.arguments.length - 1];
    // A named callback (`fs.readFile(p, onRead)`) may be inlined, so it counts for core calls.
    if (!isFunctionLiteral(last) && last?.type !== "Identifier") return;
    const callee = node.callee;
    const isCore = namesCoreApi(callee, namespaces, members, apiNames);
    // (Or a name every value of which is one, `var stat = deref ? fs.stat : fs.lstat`: see coreValued.)
    if (!isCore && callee.type === "Identifier" && (namespaces.size || members.size)) calledByName.add(callee.name);
    const handedOn = (name: string) =>
      (ancestors as readonly t.Node[]).some(
        (around) =>
          isFunctionNode(around) &&
          ((around as t.Function).params.some((param) => param.type === "Identifier" && param.name === name) ||
            (around.type === "FunctionExpression" && around.id?.name === name)),
      );
    if (isCore && last.type === "Identifier" && handedOn(last.name)) survey.coreCalls++;
    else if (isCore && last.type === "Identifier") namedCallbacks.push(last.name);
    else if (isCore) survey.coreCalls++;
    else if (last.type === "Identifier")
      namedUserCallbacks.push({
        name: last.name,
        line: node.loc.start.line,
        column: node.loc.start.column,
        reason: calleeRefusal(node),
      });
    else if (
      isFunctionLiteral(last) &&
      !isErrorFirstCallbackLiteral(last) &&
      callee.type === "Identifier" &&
      last.params.length <= 1
    ) {
      const reason = calleeRefusal(node) ?? positionRefusal([...ancestors].reverse());
      valueCallbackCalls.push({ name: callee.name, line: node.loc.start.line, column: node.loc.start.column, reason });
    } else if (isFunctionLiteral(last) && isErrorFirstCallbackLiteral(last)) {
      // Through a core module's binding (`fs.watch`): only the transform's binding analysis can tell.
      let base = callee;
      while (base.type === "MemberExpression") base = base.object;
      const coreBase = base.type === "Identifier" && (namespaces.has(base.name) || members.has(base.name));
      const around = [...ancestors].reverse();
      let reason = coreBase ? null : userCallRefusal(node, around);
      const facts =
        !coreBase && reason === null
          ? calleeFacts(callee, around, (names ??= declarationsAndAssignments(ast.program ?? ast, null)))
          : null;
      if (facts?.kind === "ambiguous") reason = "callee-binding-ambiguous";
      // `return f(..., cb)`: only a function of the file whose contract holds can show it returns
      // nothing of its own (the transform asks the same of it).
      else if (facts && around[0]?.type === "ReturnStatement") {
        const contract = facts.kind === "function" ? callbackContractOf(facts.node, caller) : null;
        if (!contract?.ok || contract.returnsValue) reason = "call-result-used";
      }
      survey.errorFirstCalls.push({ line: node.loc.start.line, column: node.loc.start.column, reason });
    }
  });
  survey.coreCalls += namedCallbacks.filter((name) => declaredFunctions.has(name)).length;
  for (const name of calledByName) if (coreValued.has(name)) survey.coreCalls++;
  for (const { name, line, column, reason } of namedUserCallbacks)
    if (errorFirstFunctions.has(name) && mentions.get(name) === 2)
      survey.errorFirstCalls.push({ line, column, reason });
  // Only a function whose body proves its callback is called once and later (as far as a plain parse
  // shows: core APIs, deferrals, timers nothing can clear) makes a file worth the full analysis.
  const called = new Set(valueCallbackCalls.filter(({ reason }) => reason === null).map(({ name }) => name));
  const awaitable = new Set(
    [...callbackFunctions]
      .filter(
        ([node, name]) =>
          called.has(name) && calledLater.has(node) && !calledAtOnce.has(node) && callbackContractOf(node, caller).ok,
      )
      .map(([, name]) => name),
  );
  for (const { name, line, column, reason } of valueCallbackCalls)
    if (awaitable.has(name)) survey.errorFirstCalls.push({ line, column, reason, value: true });
  return survey;
}

/**
 * How a call treats a function passed to it, as far as a plain parse can tell (see the transform's own,
 * which also follows the file's functions): core APIs and deferrals call it once and later, and so does
 * a `setTimeout` whose timer is thrown away; an error-first literal is taken on trust; nothing else is known.
 */
function plainArgumentCaller(
  namespaces: Set<string>,
  members: Set<string>,
  apiNames: ReadonlySet<string>,
): ArgumentCaller {
  return (call, arg, around) => {
    const text = memberText(call.callee);
    const isLast = call.arguments[call.arguments.length - 1] === arg;
    const deferred = text ? deferralOrTimerCaller(text, call, arg, around) : null;
    if (deferred) return deferred;
    if (namesCoreApi(call.callee, namespaces, members, apiNames)) return isLast ? "once-later" : "unknown";
    return isLast && isErrorFirstCallbackLiteral(arg) ? "assumed-once" : "unknown";
  };
}

/** A function with a name people know it by, and where its text is. */
export interface NamedFunction {
  name: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A call of one kind, and the named function it is in (`null`: the module's top level). */
export interface SurveyedCall {
  line: number;
  column: number;
  function: string | null;
}

/** What `unpyramid scan` reads off one file with a plain parse. */
export interface FileSurvey {
  /** Error-first callback literals passed last, with their nesting depth. */
  callbackSites: (CallbackSite & { function: string | null })[];
  /** Promise chains, each once (at its first `.then` / `.catch` / `.finally`). */
  promiseChains: SurveyedCall[];
  /** Calls of the `async` library's flows. */
  asyncLibCalls: (SurveyedCall & { name: string })[];
  /** Named functions, in source order (an inner one after the one around it). */
  functions: NamedFunction[];
}

const CHAIN_METHODS = new Set(["then", "catch", "finally"]);

function isChainLink(node: any): boolean {
  return (
    (node?.type === "CallExpression" || node?.type === "OptionalCallExpression") &&
    (node.callee.type === "MemberExpression" || node.callee.type === "OptionalMemberExpression") &&
    !node.callee.computed &&
    CHAIN_METHODS.has(node.callee.property.name)
  );
}

/** The name a function literal is known by: its own, its variable's, its property's, what it is assigned to. */
function functionName(node: any, parent: any, owner: any, classNode: any = null): string | null {
  if ((node.type === "FunctionDeclaration" || node.type === "FunctionExpression") && node.id) return node.id.name;
  if (node.type === "ObjectMethod" || node.type === "ClassMethod" || node.type === "ClassPrivateMethod") {
    const key = node.key.type === "PrivateName" ? `#${node.key.id.name}` : (node.key.name ?? node.key.value);
    const className = owner?.type === "ClassDeclaration" || owner?.type === "ClassExpression" ? owner.id?.name : null;
    return key === undefined ? null : className ? `${className}.${key}` : String(key);
  }
  if (!parent) return null;
  if (parent.type === "VariableDeclarator" && parent.init === node && parent.id.type === "Identifier")
    return parent.id.name;
  if (parent.type === "AssignmentExpression" && parent.right === node) return memberText(parent.left) ?? null;
  if (
    (parent.type === "ObjectProperty" || parent.type === "ClassProperty") &&
    parent.value === node &&
    !parent.computed
  ) {
    const key = parent.key.name ?? (parent.key.value !== undefined ? String(parent.key.value) : null);
    // A class field holding a function is named like a method: `Cache.field`.
    const className =
      parent.type === "ClassProperty" &&
      (classNode?.type === "ClassDeclaration" || classNode?.type === "ClassExpression")
        ? classNode.id?.name
        : null;
    return key !== null && className ? `${className}.${key}` : key;
  }
  return null;
}

/**
 * One plain parse: callback sites with their depth, promise chains, calls of the `async` library, and
 * the named functions they are in (the innermost named one: a pyramid's callbacks have no names).
 */
export function surveyFile(filename: string, source: string): FileSurvey {
  const ast = parseFile(filename, source);
  const survey: FileSurvey = { callbackSites: [], promiseChains: [], asyncLibCalls: [], functions: [] };
  const asyncBindings = moduleBindingNames(ast, ASYNC_LIB_MODULES);
  const callbacks = new Set<any>();
  const named = new Map<any, string>();
  walkWithAncestors(ast.program, (node, ancestors) => {
    if (isFunctionNode(node) && !callbacks.has(node)) {
      const parent = ancestors[ancestors.length - 1];
      const name = functionName(node, parent, ancestors[ancestors.length - 2], ancestors[ancestors.length - 3]);
      if (name) {
        named.set(node, name);
        survey.functions.push({
          name,
          line: node.loc.start.line,
          column: node.loc.start.column,
          endLine: node.loc.end.line,
          endColumn: node.loc.end.column,
        });
      }
      return;
    }
    if (node.type !== "CallExpression" && node.type !== "OptionalCallExpression") return;
    let depth = 0;
    let inside: string | null = null;
    for (let i = ancestors.length - 1; i >= 0; i--) {
      if (callbacks.has(ancestors[i])) depth++;
      else if (inside === null && named.has(ancestors[i])) inside = named.get(ancestors[i])!;
    }
    const at = { line: node.loc.start.line, column: node.loc.start.column, function: inside };
    if (isChainLink(node) && !isChainLink(node.callee.object)) survey.promiseChains.push(at);
    const callee = node.callee;
    const libraryName =
      callee.type === "Identifier" && asyncBindings.members.has(callee.name)
        ? callee.name
        : callee.type === "MemberExpression" &&
            !callee.computed &&
            callee.object.type === "Identifier" &&
            asyncBindings.namespaces.has(callee.object.name)
          ? callee.property.name
          : null;
    if (libraryName && ASYNC_LIB_FUNCTIONS.has(libraryName)) survey.asyncLibCalls.push({ ...at, name: libraryName });
    // A promise handler (`.catch((err) => ...)`) is a link of a chain, never an error-first callback.
    if (isChainLink(node)) return;
    const last = node.arguments[node.arguments.length - 1];
    if (!(isErrorFirstCallbackLiteral(last) || (isFunctionLiteral(last) && last.params.length === 0 && depth > 0)))
      return;
    // The callback's body is one level deeper; the callback is no named function of its own.
    callbacks.add(last);
    survey.callbackSites.push({
      line: at.line,
      column: at.column,
      callee: calleeText(callee),
      depth: depth + 1,
      function: inside,
    });
  });
  return survey;
}
