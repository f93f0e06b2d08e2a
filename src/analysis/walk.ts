// Walking a Babel AST through its child keys only (VISITOR_KEYS), not every property: the analysis
// runs on every file that passes the text pre-check, so this walk is on the hot path.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { VISITOR_KEYS } from "@babel/types";

/** Visit `node` and its descendants in source order; `enter` returning false skips a node's children. */
export function walk(node: any, enter: (node: any, parent: any, key: string) => boolean | void, parent: any = null, key = ""): void {
  if (!node || typeof node.type !== "string") return;
  if (enter(node, parent, key) === false) return;
  const keys = VISITOR_KEYS[node.type] ?? Object.keys(node).filter((k) => k !== "loc" && k !== "comments" && typeof node[k] === "object");
  for (const childKey of keys) {
    const child = node[childKey];
    if (Array.isArray(child)) {
      for (const item of child) walk(item, enter, node, childKey);
    } else if (child && typeof child === "object") {
      walk(child, enter, node, childKey);
    }
  }
}
