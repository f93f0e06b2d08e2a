// Renaming a function's parameter where it is used (its own binding only), for code that moves into a
// scope where the name is already taken.
import { forEachReference } from "../analysis/error-first";
import { walk } from "../analysis/walk";

/** `(x) => ... x ...` -> `(y) => ... y ...`: the parameter and its uses in the body; a shorthand `{ x }` becomes `{ x: y }`. */
export function renameParameter(fn: any, from: string, to: string): void {
  const param = fn.params.find((p: any) => p.type === "Identifier" && p.name === from);
  if (!param) return;
  param.name = to;
  // A shorthand `{ x }` or `{ x = 1 }` (object or pattern) keeps its key: the key becomes a node of its
  // own (Babel shares one between key and value), and only the value is renamed.
  walk(fn.body, (node) => {
    if (
      (node.type === "ObjectProperty" || node.type === "Property") &&
      node.shorthand &&
      !node.computed &&
      node.key.type === "Identifier" &&
      node.key.name === from
    ) {
      node.shorthand = false;
      node.key = { ...node.key };
    }
  });
  forEachReference(fn.body, from, (id) => {
    id.name = to;
  });
}
