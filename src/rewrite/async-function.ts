// Making a function async without breaking its types: the declared return type T becomes Promise<T>.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { JSCodeshift } from "jscodeshift";

function isPromiseType(type: any): boolean {
  return type?.type === "TSTypeReference" && type.typeName?.type === "Identifier" && (type.typeName.name === "Promise" || type.typeName.name === "PromiseLike");
}

function isFlowPromiseType(type: any): boolean {
  return type?.type === "GenericTypeAnnotation" && type.id?.type === "Identifier" && type.id.name === "Promise";
}

/** `async`, and a declared return type T (TypeScript or Flow) becomes Promise<T>. */
export function makeAsync(j: JSCodeshift, fn: any): void {
  fn.async = true;
  const annotation = fn.returnType;
  if (annotation?.type === "TSTypeAnnotation" && !isPromiseType(annotation.typeAnnotation)) {
    annotation.typeAnnotation = j.tsTypeReference(j.identifier("Promise"), j.tsTypeParameterInstantiation([annotation.typeAnnotation]));
  } else if (annotation?.type === "TypeAnnotation" && !isFlowPromiseType(annotation.typeAnnotation)) {
    annotation.typeAnnotation = j.genericTypeAnnotation(j.identifier("Promise"), j.typeParameterInstantiation([annotation.typeAnnotation]));
  }
}
