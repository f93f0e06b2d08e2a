// The callback sites in one file, from a plain parse (no recast): for `unpyramid scan`.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { parseFile } from "../parse/parser";
import { isErrorFirstCallbackLiteral, isErrorName, isFunctionLiteral } from "./error-first";
import { calleeFacts, type NameIndex } from "./definitions";
import { declarationsAndAssignments, statementBindings } from "./module-bindings";
import { calleeRefusal, userCallRefusal } from "./user-calls";
import { walk, walkWithAncestors } from "./walk";

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
  if ((node.type === "MemberExpression" || node.type === "OptionalMemberExpression") && !node.computed) return `${calleeText(node.object)}.${node.property.name ?? "?"}`;
  if (node.type === "CallExpression") return `${calleeText(node.callee)}(...)`;
  return "(expression)";
}

export interface CallbackSurvey {
  /** Calls `<name>.<method>(..., <function literal>)` or `<member>(..., <function literal>)` through a module-level binding of one of the modules. */
  coreCalls: number;
  /**
   * Where other calls pass an error-first callback literal last (loc of the call), with the reason it
   * cannot convert, or null when it may (the file then needs the transform's full analysis).
   */
  errorFirstCalls: { line: number; column: number; reason: string | null }[];
}

/**
 * Module-level names bound to one of `modules` (`namespaces`) or to one of their exports (`members`):
 * the same recognition the transforms use, on a plain parse.
 */
export function moduleBindingNames(ast: any, modules: ReadonlySet<string>): { namespaces: Set<string>; members: Set<string> } {
  const namespaces = new Set<string>();
  const members = new Set<string>();
  for (const statement of (ast.program ?? ast).body) {
    for (const { local, module, member } of statementBindings(statement)) {
      if (modules.has(module)) (member === null ? namespaces : members).add(local);
    }
  }
  return { namespaces, members };
}

/**
 * One walk over a plain parse: calls into core modules that a transform may convert, and every call
 * that passes an error-first callback literal. No core call means recast is not needed at all.
 */
export function surveyCallbacks(ast: any, modules: ReadonlySet<string>, apiNames: ReadonlySet<string>): CallbackSurvey {
  const { namespaces, members } = moduleBindingNames(ast, modules);
  const survey: CallbackSurvey = { coreCalls: 0, errorFirstCalls: [] };
  // A callback passed by name counts only when the file declares a function of that name (it may be
  // inlined); a callback parameter passed on (`fs.stat(p, cb)`) has nothing to convert. To another
  // function, only a declared function whose first parameter is named like an error counts.
  const declaredFunctions = new Set<string>();
  const errorFirstFunctions = new Set<string>();
  const namedCallbacks: string[] = [];
  const namedUserCallbacks: { name: string; line: number; column: number; reason: string | null }[] = [];
  let names: NameIndex | null = null;
  // A named callback can be inlined only when its name appears twice: the declaration and the call.
  const mentions = new Map<string, number>();
  walkWithAncestors(ast.program ?? ast, (node, ancestors) => {
    if (node.type === "Identifier") mentions.set(node.name, (mentions.get(node.name) ?? 0) + 1);
    if (node.type === "FunctionDeclaration" && node.id) {
      declaredFunctions.add(node.id.name);
      if (node.params[0]?.type === "Identifier" && isErrorName(node.params[0].name)) errorFirstFunctions.add(node.id.name);
    }
    if (node.type !== "CallExpression" && node.type !== "OptionalCallExpression") return;
    const last = node.arguments[node.arguments.length - 1];
    // A named callback (`fs.readFile(p, onRead)`) may be inlined, so it counts for core calls.
    if (!isFunctionLiteral(last) && last?.type !== "Identifier") return;
    const callee = node.callee;
    const isCore =
      (callee.type === "MemberExpression" && !callee.computed && callee.object.type === "Identifier" && namespaces.has(callee.object.name) && apiNames.has(callee.property.name)) ||
      (callee.type === "Identifier" && members.has(callee.name));
    if (isCore && last.type === "Identifier") namedCallbacks.push(last.name);
    else if (isCore) survey.coreCalls++;
    else if (last.type === "Identifier") namedUserCallbacks.push({ name: last.name, line: node.loc.start.line, column: node.loc.start.column, reason: calleeRefusal(node) });
    else if (isFunctionLiteral(last) && isErrorFirstCallbackLiteral(last)) {
      // Through a core module's binding (`fs.watch`): only the transform's binding analysis can tell.
      let base = callee;
      while (base.type === "MemberExpression") base = base.object;
      const coreBase = base.type === "Identifier" && (namespaces.has(base.name) || members.has(base.name));
      const around = [...ancestors].reverse();
      let reason = coreBase ? null : userCallRefusal(node, around);
      if (!coreBase && reason === null && calleeFacts(callee, around, (names ??= declarationsAndAssignments(ast.program ?? ast, null))).kind === "ambiguous") reason = "callee-binding-ambiguous";
      survey.errorFirstCalls.push({ line: node.loc.start.line, column: node.loc.start.column, reason });
    }
  });
  survey.coreCalls += namedCallbacks.filter((name) => declaredFunctions.has(name)).length;
  for (const { name, line, column, reason } of namedUserCallbacks) if (errorFirstFunctions.has(name) && mentions.get(name) === 2) survey.errorFirstCalls.push({ line, column, reason });
  return survey;
}

/** Error-first callback literals passed as the last argument of a call, with their nesting depth. */
export function findCallbackSites(filename: string, source: string): CallbackSite[] {
  const ast = parseFile(filename, source);
  const sites: CallbackSite[] = [];
  const visit = (root: any, depth: number): void =>
    walk(root, (node) => {
      if (node.type !== "CallExpression" && node.type !== "OptionalCallExpression") return;
      const last = node.arguments[node.arguments.length - 1];
      if (!(isErrorFirstCallbackLiteral(last) || (isFunctionLiteral(last) && last.params.length === 0 && depth > 0))) return;
      sites.push({ line: node.loc.start.line, column: node.loc.start.column, callee: calleeText(node.callee), depth: depth + 1 });
      visit(node.callee, depth);
      for (const arg of node.arguments.slice(0, -1)) visit(arg, depth);
      visit(last, depth + 1);
      return false;
    });
  visit(ast.program, 0);
  return sites;
}
