// The callback sites in one file, from a plain parse (no recast): for `unpyramid scan`.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { parseFile } from "../parse/parser";
import { isErrorFirstCallbackLiteral, isFunctionLiteral } from "./error-first";

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

/**
 * Does any call pass a function literal last that is error-first, or that goes to a method named like
 * one of `apiNames`? A cheap, certain "no" lets a transform skip the costly recast parse.
 */
export function hasCallbackCandidate(ast: any, apiNames: ReadonlySet<string>): boolean {
  let found = false;
  const visit = (node: any): void => {
    if (found || !node || typeof node.type !== "string") return;
    if (node.type === "CallExpression" || node.type === "OptionalCallExpression") {
      const last = node.arguments[node.arguments.length - 1];
      if (isFunctionLiteral(last)) {
        const callee = node.callee;
        const method = (callee.type === "MemberExpression" || callee.type === "OptionalMemberExpression") && !callee.computed ? callee.property.name : undefined;
        if (isErrorFirstCallbackLiteral(last) || (method !== undefined && apiNames.has(method))) {
          found = true;
          return;
        }
      }
    }
    for (const key of Object.keys(node)) {
      if (key === "loc" || key === "comments" || key === "leadingComments" || key === "trailingComments" || key === "innerComments" || key === "extra") continue;
      const child = node[key];
      if (Array.isArray(child)) for (const item of child) visit(item);
      else if (child && typeof child === "object") visit(child);
    }
  };
  visit(ast.program ?? ast);
  return found;
}

/** Error-first callback literals passed as the last argument of a call, with their nesting depth. */
export function findCallbackSites(filename: string, source: string): CallbackSite[] {
  const ast = parseFile(filename, source);
  const sites: CallbackSite[] = [];
  const visit = (node: any, depth: number): void => {
    if (!node || typeof node.type !== "string") return;
    let inner = depth;
    if (node.type === "CallExpression" || node.type === "OptionalCallExpression") {
      const last = node.arguments[node.arguments.length - 1];
      if (isErrorFirstCallbackLiteral(last) || (isFunctionLiteral(last) && last.params.length === 0 && depth > 0)) {
        sites.push({ line: node.loc.start.line, column: node.loc.start.column, callee: calleeText(node.callee), depth: depth + 1 });
        visit(node.callee, depth);
        for (const arg of node.arguments.slice(0, -1)) visit(arg, depth);
        visit(last, depth + 1);
        return;
      }
    }
    for (const key of Object.keys(node)) {
      if (key === "loc" || key === "comments" || key === "leadingComments" || key === "trailingComments" || key === "innerComments") continue;
      const child = node[key];
      if (Array.isArray(child)) for (const item of child) visit(item, inner);
      else if (child && typeof child === "object") visit(child, inner);
    }
  };
  visit(ast.program, 0);
  return sites;
}
