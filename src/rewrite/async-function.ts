// Making a function async without breaking its types: the declared return type T becomes Promise<T>.
import type { JSCodeshift } from "jscodeshift";

function isPromiseType(type: any): boolean {
  return (
    type?.type === "TSTypeReference" &&
    type.typeName?.type === "Identifier" &&
    (type.typeName.name === "Promise" || type.typeName.name === "PromiseLike")
  );
}

function isFlowPromiseType(type: any): boolean {
  return type?.type === "GenericTypeAnnotation" && type.id?.type === "Identifier" && type.id.name === "Promise";
}

/** The declared return types makeAsync wrapped in Promise<...>, by function. */
const wrappedReturnTypes = new WeakMap<object, any>();

/**
 * `async`, and a declared return type T (TypeScript or Flow) becomes Promise<T>. A method's `async` is
 * printed before its key: comments the parser gave the key (one between a decorator and the name,
 * `@log\n  // note\n  load()`) go before the method, or a line comment would end up between `async`
 * and the name, where a line break makes `async` a property of its own.
 */
export function makeAsync(j: JSCodeshift, fn: any): void {
  fn.async = true;
  const keyComments = /Method$/.test(fn.type) ? (fn.key?.comments ?? []).filter((comment: any) => comment.leading) : [];
  if (keyComments.length) {
    // Text and kind only: recast would look a moved comment's old position up in the new lines.
    fn.key.comments = fn.key.comments.filter((comment: any) => !comment.leading);
    fn.comments = [
      ...(fn.comments ?? []),
      ...keyComments.map(({ type, value }: any) => ({ type, value, leading: true, trailing: false })),
    ];
  }
  const annotation = fn.returnType;
  if (annotation?.type === "TSTypeAnnotation" && !isPromiseType(annotation.typeAnnotation)) {
    wrappedReturnTypes.set(fn, annotation.typeAnnotation);
    annotation.typeAnnotation = j.tsTypeReference(
      j.identifier("Promise"),
      j.tsTypeParameterInstantiation([annotation.typeAnnotation]),
    );
  } else if (annotation?.type === "TypeAnnotation" && !isFlowPromiseType(annotation.typeAnnotation)) {
    wrappedReturnTypes.set(fn, annotation.typeAnnotation);
    annotation.typeAnnotation = j.genericTypeAnnotation(
      j.identifier("Promise"),
      j.typeParameterInstantiation([annotation.typeAnnotation]),
    );
  }
}

/** Undo makeAsync: not `async`, and the declared return type as it was. */
export function makeNotAsync(fn: any): void {
  fn.async = false;
  const original = wrappedReturnTypes.get(fn);
  if (original && fn.returnType) fn.returnType.typeAnnotation = original;
  wrappedReturnTypes.delete(fn);
}
