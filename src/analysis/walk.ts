// Walking a Babel AST through its child keys only (VISITOR_KEYS), not every property: the analysis
// runs on every file that passes the text pre-check, so this walk is on the hot path.
import { VISITOR_KEYS } from "@babel/types";

function childKeysOf(node: any): readonly string[] {
  return (
    VISITOR_KEYS[node.type] ??
    Object.keys(node).filter((k) => k !== "loc" && k !== "comments" && typeof node[k] === "object")
  );
}

/** Each child node of `node`, in source order, with the key it sits under and, in an array, its index. */
export function forEachChildKey(node: any, visit: (child: any, key: string, index?: number) => void): void {
  for (const key of childKeysOf(node)) {
    const child = node[key];
    if (Array.isArray(child))
      child.forEach((item, index) => item && typeof item === "object" && visit(item, key, index));
    else if (child && typeof child === "object") visit(child, key);
  }
}

// walk and walkWithAncestors loop over the children themselves, without a callback per child: every
// analysis walks every file that passes the text pre-check, several times, and this halves the cost.

/** Visit `node` and its descendants in source order; `enter` returning false skips a node's children. */
export function walk(
  node: any,
  enter: (node: any, parent: any, key: string) => boolean | void,
  parent: any = null,
  key = "",
): void {
  if (!node || typeof node.type !== "string") return;
  if (enter(node, parent, key) === false) return;
  for (const childKey of childKeysOf(node)) {
    const child = node[childKey];
    if (Array.isArray(child)) for (const item of child) walk(item, enter, node, childKey);
    else walk(child, enter, node, childKey);
  }
}

/** Like walk, with each node's ancestors (outermost first); `enter` returning false skips its children. */
export function walkWithAncestors(
  node: any,
  enter: (node: any, ancestors: readonly any[]) => boolean | void,
  ancestors: any[] = [],
): void {
  if (!node || typeof node.type !== "string") return;
  if (enter(node, ancestors) === false) return;
  ancestors.push(node);
  for (const childKey of childKeysOf(node)) {
    const child = node[childKey];
    if (Array.isArray(child)) for (const item of child) walkWithAncestors(item, enter, ancestors);
    else walkWithAncestors(child, enter, ancestors);
  }
  ancestors.pop();
}

/**
 * Like walk, with the keys that lead from `tree` to each node (`root.get(...keys)` is its path);
 * `enter` returning false skips a node's children. `keys` changes as the walk goes on: copy it to keep it.
 */
export function walkWithKeys(
  tree: any,
  enter: (node: any, keys: readonly (string | number)[]) => boolean | void,
): void {
  const keys: (string | number)[] = [];
  const visit = (node: any): void => {
    if (!node || typeof node.type !== "string" || enter(node, keys) === false) return;
    forEachChildKey(node, (child, key, index) => {
      keys.push(key);
      if (index !== undefined) keys.push(index);
      visit(child);
      if (index !== undefined) keys.pop();
      keys.pop();
    });
  };
  visit(tree);
}

// ast-types' type names for each Babel node type: a node "is" every type it is a subtype of
// (an OptionalCallExpression is a CallExpression; a ClassMethod is a Function), as in `j(root).find`.
const supertypesOf = new Map<string, ReadonlySet<string>>();
function isOfType(nodeType: string, wanted: string, supertypeNames: (type: string) => string[]): boolean {
  let names = supertypesOf.get(nodeType);
  if (!names) {
    let list: string[] = [];
    try {
      list = supertypeNames(nodeType);
    } catch {
      // A type ast-types does not know: it is only itself.
    }
    names = new Set([nodeType, ...list]);
    supertypesOf.set(nodeType, names);
  }
  return names.has(wanted);
}

// The fields ast-types' path visitor descends into, per node type: `find` below follows them (not Babel's
// keys) so that it meets the same nodes in the same order (ast-types skips a class property's
// decorators, and takes a method's decorators and key after its body).
const fieldsOf = new Map<string, readonly string[]>();
function visitorFields(j: any, node: any): readonly string[] {
  let fields = fieldsOf.get(node.type);
  if (!fields) {
    try {
      fields = (j.types.getFieldNames(node) as string[]).filter(
        (name) => name !== "type" && name !== "loc" && name !== "comments",
      );
    } catch {
      fields = childKeysOf(node); // a type ast-types does not know
    }
    fieldsOf.set(node.type, fields);
  }
  return fields;
}

/** Each child node the visitor would descend into, with its field and index; stops when `visit` returns true (and says so). */
function someVisitorChild(
  j: any,
  node: any,
  visit: (child: any, field: string, index?: number) => boolean | void,
): boolean {
  for (const field of visitorFields(j, node)) {
    const child = node[field];
    if (!child || typeof child !== "object") continue;
    if (Array.isArray(child)) {
      for (let index = 0; index < child.length; index++) {
        const item = child[index];
        if (item && typeof item.type === "string" && visit(item, field, index) === true) return true;
      }
    } else if (typeof child.type === "string" && visit(child, field) === true) return true;
  }
  return false;
}

/**
 * The paths of every node of type `typeName` (or a subtype) below the collection's paths, that pass
 * `test`: what `root.find(j[typeName], filter)` returns, in the same order, found by a plain walk.
 * ast-types' path visitor builds a path for every node of the file and a visitor for every search;
 * this builds paths only for the matches (from the cached paths of their ancestors), which makes it
 * several times faster on large files.
 */
export function findPaths(j: any, root: any, typeName: string, test?: (node: any) => boolean): any {
  const found: any[] = [];
  const supertypeNames = j.types.getSupertypeNames;
  for (const top of root.paths()) {
    const keys: (string | number)[] = [];
    const visit = (node: any): void => {
      if (keys.length && isOfType(node.type, typeName, supertypeNames) && (!test || test(node)))
        found.push(top.get(...keys));
      someVisitorChild(j, node, (child, field, index) => {
        keys.push(field);
        if (index !== undefined) keys.push(index);
        visit(child);
        if (index !== undefined) keys.pop();
        keys.pop();
      });
    };
    if (typeof top.node?.type === "string") visit(top.node);
  }
  return j(found);
}

/** Whether `findPaths(j, root, typeName, test)` would find anything: a plain walk that stops at the first. */
export function someNode(j: any, root: any, typeName: string, test: (node: any) => boolean): boolean {
  const supertypeNames = j.types.getSupertypeNames;
  const visit = (node: any): boolean =>
    (isOfType(node.type, typeName, supertypeNames) && test(node)) || someVisitorChild(j, node, visit);
  return root.paths().some((path: any) => typeof path.node?.type === "string" && someVisitorChild(j, path.node, visit));
}
