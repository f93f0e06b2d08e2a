// Builders for turning `api(args, (err, value) => { <check>; ...rest })` at the end of a function into
// `const value = await promiseCall;` (or a try/catch around exactly that await) followed by `rest`.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { JSCodeshift } from "jscodeshift";
import type { ErrorHandling } from "../analysis/error-first";
import { countReferences } from "../analysis/error-first";

export interface TailAwaitPlan {
  /** The call that produces the promise. */
  promiseCall: any;
  /** The callback's value parameter, if it has one. */
  valueName: string | null;
  errorName: string;
  handling: Exclude<ErrorHandling, { kind: "unrecognized" }>;
  /** The callback body after the error check. */
  rest: any[];
}

function isReassigned(statements: any[], name: string): boolean {
  let reassigned = false;
  const visit = (node: any): void => {
    if (!node || typeof node.type !== "string" || reassigned) return;
    if (node.type === "AssignmentExpression" && node.left.type === "Identifier" && node.left.name === name) reassigned = true;
    if (node.type === "UpdateExpression" && node.argument.type === "Identifier" && node.argument.name === name) reassigned = true;
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

/** The statements that replace the call statement. */
export function buildTailAwait(j: JSCodeshift, plan: TailAwaitPlan): any[] {
  const awaited = j.awaitExpression(plan.promiseCall);
  const { valueName, handling } = plan;
  const valueUsed = valueName !== null && countReferences({ type: "Program", body: plan.rest }, valueName) > 0;
  const out: any[] = [];

  if (handling.kind === "rethrow") {
    if (valueName && valueUsed) {
      const kind = isReassigned(plan.rest, valueName) ? "let" : "const";
      out.push(j.variableDeclaration(kind, [j.variableDeclarator(j.identifier(valueName), awaited)]));
    } else {
      out.push(j.expressionStatement(awaited));
    }
    return [...out, ...plan.rest];
  }

  let attempt: any = j.expressionStatement(awaited);
  if (valueName && valueUsed) {
    out.push(j.variableDeclaration("let", [j.variableDeclarator(j.identifier(valueName), null)]));
    attempt = j.expressionStatement(j.assignmentExpression("=", j.identifier(valueName), awaited));
  }
  const handler =
    handling.kind === "handled-exit"
      ? j.catchClause(j.identifier(plan.errorName), null, j.blockStatement(handling.handler))
      : j.catchClause(null, null, j.blockStatement([]));
  out.push(j.tryStatement(j.blockStatement([attempt]), handler));
  return [...out, ...plan.rest];
}
