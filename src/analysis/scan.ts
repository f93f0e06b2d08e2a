// The callback sites in one file, from a plain parse (no recast): for `unpyramid scan`.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { parseFile } from "../parse/parser";
import { isErrorFirstCallbackLiteral, isFunctionLiteral } from "./error-first";
import { walk } from "./walk";

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
  /** Calls `<name>.<method>(..., <function literal>)` where `name` is bound at module level to one of the modules. */
  coreCalls: number;
  /** Where calls pass an error-first callback literal last (loc of the call). */
  errorFirstCalls: { line: number; column: number }[];
}

/** Module-level names bound to a whole module (`const fs = require('fs')`, `import fs from 'node:fs'`, `import * as fs`). */
export function moduleNamespaceNames(ast: any, modules: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const statement of (ast.program ?? ast).body) {
    if (statement.type === "VariableDeclaration") {
      for (const declarator of statement.declarations) {
        const init = declarator.init;
        const isRequire = init?.type === "CallExpression" && init.callee.type === "Identifier" && init.callee.name === "require" && init.arguments[0]?.type === "StringLiteral";
        if (isRequire && declarator.id.type === "Identifier" && modules.has(init.arguments[0].value.replace(/^node:/, ""))) names.add(declarator.id.name);
      }
    } else if (statement.type === "ImportDeclaration" && modules.has(statement.source.value.replace(/^node:/, ""))) {
      for (const specifier of statement.specifiers ?? []) {
        if (specifier.type === "ImportDefaultSpecifier" || specifier.type === "ImportNamespaceSpecifier") names.add(specifier.local.name);
      }
    }
  }
  return names;
}

/**
 * One walk over a plain parse: calls into core modules that a transform may convert, and every call
 * that passes an error-first callback literal. No core call means recast is not needed at all.
 */
export function surveyCallbacks(ast: any, modules: ReadonlySet<string>, apiNames: ReadonlySet<string>): CallbackSurvey {
  const namespaces = moduleNamespaceNames(ast, modules);
  const survey: CallbackSurvey = { coreCalls: 0, errorFirstCalls: [] };
  walk(ast.program ?? ast, (node) => {
    if (node.type !== "CallExpression" && node.type !== "OptionalCallExpression") return;
    const last = node.arguments[node.arguments.length - 1];
    if (!isFunctionLiteral(last)) return;
    const callee = node.callee;
    const isCore = callee.type === "MemberExpression" && !callee.computed && callee.object.type === "Identifier" && namespaces.has(callee.object.name) && apiNames.has(callee.property.name);
    if (isCore) survey.coreCalls++;
    else if (isErrorFirstCallbackLiteral(last)) survey.errorFirstCalls.push({ line: node.loc.start.line, column: node.loc.start.column });
  });
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
