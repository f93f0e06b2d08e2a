// TypeScript: what a callback's declared type says about the values it is called with.
import type * as t from "@babel/types";

/**
 * The type of the value at `index` that a TypeScript callback type passes (`(id: string) => void` at 0
 * -> `string`, `(err, n?: number) => void` at 1 -> `number | undefined`, a type with no parameter there
 * -> `void`), "promise" when that may be a promise (an await, or an async function's return, would
 * unwrap it), or null when the type says nothing (no annotation there, a rest parameter, a type that is
 * not written as a function type).
 */
export function callbackParameterType(type: t.Node | null | undefined, index: number): t.TSType | "promise" | null {
  if (type?.type !== "TSFunctionType") return null;
  // A `this:` parameter is no argument. (Babel 7 calls them `parameters`; Babel 8 `params`.)
  const all = type.parameters ?? (type as unknown as { params?: t.TSFunctionType["parameters"] }).params ?? [];
  const params = all.filter((param) => !(param.type === "Identifier" && param.name === "this"));
  if (params.slice(0, index + 1).some((param) => param.type === "RestElement")) return null;
  const param = params[index];
  if (!param) return { type: "TSVoidKeyword" };
  const annotation = param.typeAnnotation?.type === "TSTypeAnnotation" ? param.typeAnnotation.typeAnnotation : null;
  if (param.type !== "Identifier" || !annotation) return null;
  const name =
    annotation.type === "TSTypeReference" && annotation.typeName.type === "Identifier"
      ? annotation.typeName.name
      : null;
  if (
    name === "Promise" ||
    name === "PromiseLike" ||
    annotation.type === "TSAnyKeyword" ||
    annotation.type === "TSUnknownKeyword"
  )
    return "promise";
  return param.optional ? { type: "TSUnionType", types: [annotation, { type: "TSUndefinedKeyword" }] } : annotation;
}
