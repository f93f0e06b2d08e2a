// The scopes ast-types gives a file's paths, typed: which declaration a name reaches where it is read.
import type * as t from "@babel/types";
import type { ASTPath } from "jscodeshift";

/** A path of the file's syntax tree (jscodeshift's, over Babel's nodes). */
export type NodePath<N extends t.Node = t.Node> = ASTPath<N>;

/** An ast-types scope: the function, program or block that declares names. */
export interface Scope {
  /** The path of the node that opens the scope (ast-types' own path, as jscodeshift collections take it). */
  path: ASTPath;
  isGlobal: boolean;
  lookup(name: string): Scope | null;
  declares(name: string): boolean;
  /** The identifiers that declare each name the scope declares. */
  getBindings(): Record<string, NodePath<t.Identifier>[]>;
}

/** The node that opens the scope (ast-types types it its own way; the nodes are Babel's). */
export function scopeNode(scope: Scope): t.Node {
  return scope.path.node as unknown as t.Node;
}

/** The scope a path's code runs in (ast-types computes it on demand; none for a detached path). */
export function scopeOf(path: NodePath): Scope | null {
  return (path as unknown as { scope?: Scope | null }).scope ?? null;
}

/** The scope that declares `name` where `path` reads it, or null (a global, or no scope). */
export function declaringScope(path: NodePath, name: string): Scope | null {
  return scopeOf(path)?.lookup(name) ?? null;
}

/** `name` at `path` is the global of that name: nothing in scope declares it. */
export function isGlobal(path: NodePath, name: string): boolean {
  return declaringScope(path, name) === null;
}

/** The identifier that declares `name` where `path` reads it, when one does, once; and its scope. */
export function soleBinding(path: NodePath, name: string): { scope: Scope; id: NodePath<t.Identifier> } | null {
  const scope = declaringScope(path, name);
  const bindings = scope?.getBindings()[name];
  return scope && bindings?.length === 1 ? { scope, id: bindings[0] } : null;
}
