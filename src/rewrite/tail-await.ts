// Builders for turning `api(args, (err, value) => { <check>; ...rest })` at the end of a function into
// `const value = await promiseCall;` (or a try/catch around exactly that await when the callback
// handled the error) followed by `rest`.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { JSCodeshift } from "jscodeshift";
import type { ErrorHandling } from "../analysis/error-first";
import { countReferences } from "../analysis/error-first";

/** A callback value parameter and, when the promise yields an object, the key it comes from. */
export interface ResultBinding {
  name: string;
  key: string | null;
}

export interface TailAwaitPlan {
  /** The expression that produces the promise. */
  promiseCall: any;
  /** The callback's value parameters, in order. */
  results: ResultBinding[];
  errorName: string;
  handling: Exclude<ErrorHandling, { kind: "unrecognized" }>;
  /** The callback body after the error check. */
  rest: any[];
  /** Catch parameters get `: any` (TypeScript files). */
  typedCatch: boolean;
}

function isReassigned(statements: any[], name: string): boolean {
  let reassigned = false;
  const targets = (node: any): boolean => {
    if (!node) return false;
    if (node.type === "Identifier") return node.name === name;
    if (node.type === "ObjectPattern") return node.properties.some((p: any) => targets(p.type === "RestElement" ? p.argument : p.value));
    if (node.type === "ArrayPattern") return node.elements.some(targets);
    if (node.type === "AssignmentPattern") return targets(node.left);
    if (node.type === "RestElement") return targets(node.argument);
    return false;
  };
  const visit = (node: any): void => {
    if (!node || typeof node.type !== "string" || reassigned) return;
    if (node.type === "AssignmentExpression" && targets(node.left)) reassigned = true;
    if (node.type === "UpdateExpression" && targets(node.argument)) reassigned = true;
    if ((node.type === "ForInStatement" || node.type === "ForOfStatement") && targets(node.left)) reassigned = true;
    for (const key of Object.keys(node)) {
      if (key === "loc" || key === "comments") continue;
      const child = node[key];
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child === "object") visit(child);
    }
  };
  statements.forEach(visit);
  return reassigned;
}

/** What the awaited value is bound to: nothing, a name, or `{ key: name, ... }`. */
function bindingTarget(j: JSCodeshift, used: ResultBinding[]): any | null {
  if (used.length === 0) return null;
  if (used.length === 1 && used[0]!.key === null) return j.identifier(used[0]!.name);
  return j.objectPattern(
    used.map(({ name, key }) => {
      const property = j.objectProperty(j.identifier(key ?? name), j.identifier(name));
      property.shorthand = key === name;
      return property;
    }),
  );
}

/** The statements that replace the call statement. */
export function buildTailAwait(j: JSCodeshift, plan: TailAwaitPlan): any[] {
  const awaited = j.awaitExpression(plan.promiseCall);
  const { handling, rest } = plan;
  const used = plan.results.filter(({ name }) => countReferences({ type: "Program", body: rest }, name) > 0);
  const target = bindingTarget(j, used);

  if (handling.kind === "rethrow") {
    if (!target) return [j.expressionStatement(awaited), ...rest];
    const kind = used.some(({ name }) => isReassigned(rest, name)) ? "let" : "const";
    return [j.variableDeclaration(kind, [j.variableDeclarator(target, awaited)]), ...rest];
  }

  const out: any[] = [];
  let attempt: any = j.expressionStatement(awaited);
  if (target) {
    out.push(j.variableDeclaration("let", used.map(({ name }) => j.variableDeclarator(j.identifier(name), null))));
    attempt = j.expressionStatement(j.assignmentExpression("=", target, awaited));
  }
  let handler;
  if (handling.kind === "handled-exit") {
    const param = j.identifier(plan.errorName);
    if (plan.typedCatch) param.typeAnnotation = j.tsTypeAnnotation(j.tsAnyKeyword());
    handler = j.catchClause(param, null, j.blockStatement(handling.handler));
  } else {
    handler = j.catchClause(null, null, j.blockStatement([]));
  }
  out.push(j.tryStatement(j.blockStatement([attempt]), handler));
  return [...out, ...rest];
}
