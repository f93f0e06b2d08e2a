// Making a function async without breaking its types: the declared return type T becomes Promise<T>.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { JSCodeshift } from "jscodeshift";

function isPromiseType(type: any): boolean {
  return type?.type === "TSTypeReference" && type.typeName?.type === "Identifier" && (type.typeName.name === "Promise" || type.typeName.name === "PromiseLike");
}

function isFlowPromiseType(type: any): boolean {
  return type?.type === "GenericTypeAnnotation" && type.id?.type === "Identifier" && type.id.name === "Promise";
}

/** The declared return types makeAsync wrapped in Promise<...>, by function. */
const wrappedReturnTypes = new WeakMap<object, any>();

/** `async`, and a declared return type T (TypeScript or Flow) becomes Promise<T>. */
export function makeAsync(j: JSCodeshift, fn: any): void {
  fn.async = true;
  const annotation = fn.returnType;
  if (annotation?.type === "TSTypeAnnotation" && !isPromiseType(annotation.typeAnnotation)) {
    wrappedReturnTypes.set(fn, annotation.typeAnnotation);
    annotation.typeAnnotation = j.tsTypeReference(j.identifier("Promise"), j.tsTypeParameterInstantiation([annotation.typeAnnotation]));
  } else if (annotation?.type === "TypeAnnotation" && !isFlowPromiseType(annotation.typeAnnotation)) {
    wrappedReturnTypes.set(fn, annotation.typeAnnotation);
    annotation.typeAnnotation = j.genericTypeAnnotation(j.identifier("Promise"), j.typeParameterInstantiation([annotation.typeAnnotation]));
  }
}

/** Undo makeAsync: not `async`, and the declared return type as it was. */
export function makeNotAsync(fn: any): void {
  fn.async = false;
  const original = wrappedReturnTypes.get(fn);
  if (original && fn.returnType) fn.returnType.typeAnnotation = original;
  wrappedReturnTypes.delete(fn);
}
