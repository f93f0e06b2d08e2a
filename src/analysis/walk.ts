// Walking a Babel AST through its child keys only (VISITOR_KEYS), not every property: the analysis
// runs on every file that passes the text pre-check, so this walk is on the hot path.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { VISITOR_KEYS } from "@babel/types";

/** Each child node of `node`, in source order, with the key it sits under and, in an array, its index. */
export function forEachChildKey(node: any, visit: (child: any, key: string, index?: number) => void): void {
  const keys = VISITOR_KEYS[node.type] ?? Object.keys(node).filter((k) => k !== "loc" && k !== "comments" && typeof node[k] === "object");
  for (const key of keys) {
    const child = node[key];
    if (Array.isArray(child)) child.forEach((item, index) => item && typeof item === "object" && visit(item, key, index));
    else if (child && typeof child === "object") visit(child, key);
  }
}

/** Visit `node` and its descendants in source order; `enter` returning false skips a node's children. */
export function walk(node: any, enter: (node: any, parent: any, key: string) => boolean | void, parent: any = null, key = ""): void {
  if (!node || typeof node.type !== "string") return;
  if (enter(node, parent, key) === false) return;
  forEachChildKey(node, (child, childKey) => walk(child, enter, node, childKey));
}

/** Like walk, with each node's ancestors (outermost first); `enter` returning false skips its children. */
export function walkWithAncestors(node: any, enter: (node: any, ancestors: readonly any[]) => boolean | void, ancestors: any[] = []): void {
  if (!node || typeof node.type !== "string") return;
  if (enter(node, ancestors) === false) return;
  ancestors.push(node);
  forEachChildKey(node, (child) => walkWithAncestors(child, enter, ancestors));
  ancestors.pop();
}
