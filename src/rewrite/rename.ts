// Renaming a function's parameter where it is used (its own binding only), for code that moves into a
// scope where the name is already taken.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { forEachReference } from "../analysis/error-first";

/** `(x) => ... x ...` -> `(y) => ... y ...`: the parameter and its uses in the body; a shorthand `{ x }` becomes `{ x: y }`. */
export function renameParameter(fn: any, from: string, to: string): void {
  const param = fn.params.find((p: any) => p.type === "Identifier" && p.name === from);
  if (!param) return;
  param.name = to;
  forEachReference(fn.body, from, (id, ancestors) => {
    const parent = ancestors[ancestors.length - 1];
    if ((parent?.type === "ObjectProperty" || parent?.type === "Property") && parent.shorthand) {
      parent.shorthand = false;
      if (parent.key === id) parent.key = { ...id, name: from };
    }
    id.name = to;
  });
}
