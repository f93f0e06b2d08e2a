// Module-level code made into a function of its own, so a call in it can be awaited without
// reordering the statements after it.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { API, ASTPath } from "jscodeshift";
import { hole, statementsFrom } from "./snippet";

/** Statement kinds that end without a semicolon and cannot swallow a following `(`. */
const SELF_DELIMITED = new Set(["FunctionDeclaration", "ClassDeclaration", "IfStatement", "ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "BlockStatement", "TryStatement", "SwitchStatement", "ImportDeclaration", "ExportNamedDeclaration", "ExportDefaultDeclaration", "EmptyStatement"]);

/**
 * Module-level code: `api(..., cb); rest` becomes `(async () => { api(..., cb); })(); rest`, so the code
 * after it still runs first, as it did, and the call is then at the end of a function made for it.
 * Returns the way back, for when the conversion does not go through after all.
 */
export function wrapInAsyncIife(j: API["jscodeshift"], call: ASTPath<any>, source: string, indent: string): { call: ASTPath<any>; arrow: any; undo: () => void } | null {
  const statement = call.parentPath;
  const body: any[] = statement.parentPath?.node?.body;
  if (statement.parentPath?.parentPath?.node?.type !== "Program" || !Array.isArray(body)) return null;
  const previous = body[body.indexOf(statement.node) - 1];
  const previousText = previous && typeof previous.start === "number" ? source.slice(previous.start, previous.end) : ";";
  // Without a semicolon before it, `(async () => ...)()` would call the previous line's value: `void` cannot.
  const guard = previous && !SELF_DELIMITED.has(previous.type) && !previousText.trimEnd().endsWith(";") ? "void " : "";
  const original = statement.node;
  const semicolon = source.slice(original.start, original.end).trimEnd().endsWith(";") ? ";" : "";
  const [iife] = statementsFrom(j, `${guard}(async () => {\n${indent}${hole("body")};\n})()${semicolon}`, { body: [original] });
  const comments = original.comments;
  original.comments = null;
  if (comments) iife.comments = comments;
  statement.replace(iife);
  const wrapped = j(statement).find(j.CallExpression).filter((p: ASTPath<any>) => p.node === call.node).paths()[0];
  const arrow = j(statement).find(j.ArrowFunctionExpression).paths()[0]!.node;
  return {
    call: wrapped!,
    arrow,
    undo: () => {
      original.comments = comments;
      statement.replace(original);
    },
  };
}
