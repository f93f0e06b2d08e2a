// Making a function async without breaking its TypeScript: the declared return type T becomes Promise<T>.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { JSCodeshift } from "jscodeshift";

function isPromiseType(type: any): boolean {
  return type?.type === "TSTypeReference" && type.typeName?.type === "Identifier" && (type.typeName.name === "Promise" || type.typeName.name === "PromiseLike");
}

export function makeAsync(j: JSCodeshift, fn: any): void {
  fn.async = true;
  const annotation = fn.returnType;
  if (annotation?.type === "TSTypeAnnotation" && !isPromiseType(annotation.typeAnnotation)) {
    annotation.typeAnnotation = j.tsTypeReference(j.identifier("Promise"), j.tsTypeParameterInstantiation([annotation.typeAnnotation]));
  }
}
