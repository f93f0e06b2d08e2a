// Module-level code, or a statement of a function that cannot become async or has code after it, made
// into a function of its own, so a call in it can be awaited without reordering the statements after it.
import type { API, ASTPath } from "jscodeshift";
import { hole, statementsFrom } from "./snippet";

/**
 * Module-level code: `api(..., cb); rest` becomes `void (async () => { api(..., cb); })(); rest`, so the
 * code after it still runs first, as it did, and the call is then at the end of a function made for it.
 * `void` in front, always: a statement starting with `(` could continue the line before it (a braceless
 * `if`, an export, a directive without a semicolon). Returns the way back, for when the conversion does
 * not go through after all.
 */
export function wrapInAsyncIife(
  j: API["jscodeshift"],
  call: ASTPath<any>,
  indent: string,
  inFunctions = false,
): { call: ASTPath<any>; arrow: any; undo: () => void } | null {
  const statement = call.parentPath;
  if (statement?.node?.type !== "ExpressionStatement") return null;
  const container = statement.parentPath?.parentPath?.node?.type;
  // Inside a function, a statement of a block or a `case` (with `inFunctions`): the function stays as it is.
  if (container !== "Program" && !(inFunctions && (container === "BlockStatement" || container === "SwitchCase")))
    return null;
  const original = statement.node;
  const [iife] = statementsFrom(j, `void (async () => {\n${indent}${hole("body")};\n})();`, { body: [original] });
  const comments = original.comments;
  original.comments = null;
  if (comments) iife.comments = comments;
  statement.replace(iife);
  const wrapped = j(statement)
    .find(j.CallExpression)
    .filter((p: ASTPath<any>) => p.node === call.node)
    .paths()[0];
  const arrow = j(statement).find(j.ArrowFunctionExpression).paths()[0].node;
  return {
    call: wrapped,
    arrow,
    undo: () => {
      original.comments = comments;
      statement.replace(original);
    },
  };
}
