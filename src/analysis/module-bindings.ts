// Which local names are bound to a Node core module, and whether that binding can be trusted.
import { declaringScope } from "./scopes";
import type { ASTPath, Collection, JSCodeshift } from "jscodeshift";
import { patternNames } from "./patterns";
import { walkWithAncestors } from "./walk";

/** Type wrappers a require may wear in TypeScript or Flow (`require('fs') as typeof import('fs')`). */
const TYPE_WRAPPERS = new Set(["TSAsExpression", "TSSatisfiesExpression", "TSNonNullExpression", "TypeCastExpression"]);

/** `require('fs')` or `require('node:fs')` (typed or not): the module name without `node:`, else null. */
export function requiredModule(node: any): string | null {
  while (TYPE_WRAPPERS.has(node?.type)) node = node.expression;
  if (node?.type !== "CallExpression" || node.callee?.type !== "Identifier" || node.callee.name !== "require")
    return null;
  const [arg] = node.arguments;
  if (node.arguments.length !== 1 || arg?.type !== "StringLiteral") return null;
  return arg.value.replace(/^node:/, "");
}

function stripNodePrefix(specifier: string): string {
  return specifier.replace(/^node:/, "");
}

export interface ModuleBinding {
  /** The module, without `node:`. */
  module: string;
  /** For a binding of one export (`const { readFile } = require('fs')`), its name; null for the whole module. */
  member: string | null;
  /** The declaration that binds it (for insertion points). */
  statement: ASTPath<any>;
}

/**
 * What one module-level statement binds to a module (`member` null) or to one of its exports:
 * `const fs = require('fs')`, `import fs from 'fs'`, `import * as fs from 'node:fs'`,
 * `const { readFile, stat: statFile } = require('fs')`, `const exec = require('child_process').exec`,
 * `import { exec } from 'node:child_process'`. Modules without `node:`; type-only imports are not bindings.
 */
export function statementBindings(statement: any): { local: string; module: string; member: string | null }[] {
  const bound: { local: string; module: string; member: string | null }[] = [];
  if (statement.type === "VariableDeclaration") {
    for (const { id, init } of statement.declarations) {
      const module = requiredModule(init);
      if (module && id.type === "Identifier") bound.push({ local: id.name, module, member: null });
      if (module && id.type === "ObjectPattern") {
        for (const property of id.properties) {
          const key =
            property.type === "ObjectProperty" && !property.computed ? (property.key.name ?? property.key.value) : null;
          if (key && property.value.type === "Identifier")
            bound.push({ local: property.value.name, module, member: key });
        }
      }
      const memberOf = init?.type === "MemberExpression" && !init.computed ? requiredModule(init.object) : null;
      if (memberOf && id.type === "Identifier")
        bound.push({ local: id.name, module: memberOf, member: init.property.name });
    }
  } else if (
    statement.type === "TSImportEqualsDeclaration" &&
    statement.importKind !== "type" &&
    statement.moduleReference?.type === "TSExternalModuleReference"
  ) {
    // TypeScript's `import fs = require('fs')`.
    bound.push({
      local: statement.id.name,
      module: stripNodePrefix(statement.moduleReference.expression.value),
      member: null,
    });
  } else if (statement.type === "ImportDeclaration" && statement.importKind !== "type") {
    const module = stripNodePrefix(statement.source.value);
    for (const specifier of statement.specifiers ?? []) {
      if (specifier.type === "ImportDefaultSpecifier" || specifier.type === "ImportNamespaceSpecifier")
        bound.push({ local: specifier.local.name, module, member: null });
      else if (specifier.type === "ImportSpecifier" && specifier.importKind !== "type")
        bound.push({
          local: specifier.local.name,
          module,
          member: specifier.imported.name ?? specifier.imported.value,
        });
    }
  }
  return bound;
}

/**
 * Module-level names bound to one of `modules` or to one of its exports (see statementBindings).
 * A name that is bound again anywhere, reassigned, or whose members are assigned to, is left out.
 */
export function moduleBindings(
  j: JSCodeshift,
  root: Collection<any>,
  modules: ReadonlySet<string>,
): Map<string, ModuleBinding> {
  const found = new Map<string, ModuleBinding>();
  // The File's own program (a search through the whole tree for it would cost a traversal).
  const top = root.paths()[0];
  const program = top?.node.type === "File" ? top.get("program") : root.find(j.Program).paths()[0];
  if (!program) return found;

  for (const statementPath of program.get("body").map((p: ASTPath<any>) => p) as ASTPath<any>[]) {
    for (const { local, module, member } of statementBindings(statementPath.node)) {
      if (modules.has(module)) found.set(local, { module, member, statement: statementPath });
    }
  }
  if (found.size === 0) return found;
  // Distrust a name that is bound again anywhere in the file (a second `var`, a parameter, a class
  // expression's own name, ...), assigned to in any form, or whose members are patched.
  const { declared, assigned } = declarationsAndAssignments(root.get().node, new Set(found.keys()));
  for (const name of [...found.keys()])
    if ((declared.get(name)?.length ?? 0) > 1 || assigned.has(name)) found.delete(name);
  return found;
}

/** Where a name is declared: the declaring node, and the node whose body is its scope (at most). */
export interface Declaration {
  /** VariableDeclarator, FunctionDeclaration, a function (for a parameter or its own name), CatchClause, ClassDeclaration, ClassExpression, ImportDeclaration. */
  node: any;
  /** The nearest block, function or program around the declaration: code outside it cannot see it. */
  container: any;
}

/** Nodes that hold a list of statements (any other holds one): a declaration's container. */
export const STATEMENT_LISTS: ReadonlySet<string> = new Set([
  "BlockStatement",
  "Program",
  "StaticBlock",
  "SwitchCase",
  "TSModuleBlock",
]);

/**
 * One walk over the file: where each of `names` (every name, when null) is declared (any scope, any
 * form), and which are assigned to (`=`, `+=`, destructuring, `++`, `for (x of ...)`, `delete x.y`,
 * members included).
 */
export function declarationsAndAssignments(
  file: any,
  names: ReadonlySet<string> | null,
): { declared: Map<string, Declaration[]>; assigned: Set<string>; escaping: Set<string> } {
  const declared = new Map<string, Declaration[]>();
  const assigned = new Set<string>();
  const escaping = new Set<string>();
  const wanted = (name: string) => names === null || names.has(name);
  const declare = (bound: string[], node: any, container: any) => {
    for (const name of bound) {
      if (!wanted(name)) continue;
      const list = declared.get(name);
      if (list) list.push({ node, container });
      else declared.set(name, [{ node, container }]);
    }
  };
  const target = (node: any) => {
    let current = node;
    while (current?.type === "MemberExpression" || current?.type === "OptionalMemberExpression")
      current = current.object;
    for (const name of current?.type === "Identifier" ? [current.name] : patternNames(current))
      if (wanted(name)) assigned.add(name);
  };
  walkWithAncestors(file.program ?? file, (node, ancestors) => {
    const container = () => {
      for (let i = ancestors.length - 1; i >= 0; i--) if (STATEMENT_LISTS.has(ancestors[i].type)) return ancestors[i];
      return ancestors[0];
    };
    switch (node.type) {
      case "VariableDeclarator":
        declare(patternNames(node.id), node, container());
        // `export const x = ...`: other modules can reach it.
        if (ancestors[ancestors.length - 2]?.type === "ExportNamedDeclaration")
          for (const name of patternNames(node.id)) if (wanted(name)) escaping.add(name);
        break;
      case "ExportSpecifier":
        if (node.local?.type === "Identifier" && wanted(node.local.name)) escaping.add(node.local.name);
        break;
      case "ExportDefaultDeclaration":
        if (node.declaration?.type === "Identifier" && wanted(node.declaration.name))
          escaping.add(node.declaration.name);
        break;
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
      case "ObjectMethod":
      case "ClassMethod":
      case "ClassPrivateMethod":
        if (node.id) declare([node.id.name], node, node.type === "FunctionDeclaration" ? container() : node);
        for (const param of node.params) declare(patternNames(param), node, node);
        break;
      case "CatchClause":
        declare(patternNames(node.param), node, node);
        break;
      case "ClassDeclaration":
        if (node.id) declare([node.id.name], node, container());
        break;
      case "ClassExpression":
        if (node.id) declare([node.id.name], node, node);
        break;
      case "ImportDeclaration":
        declare(
          (node.specifiers ?? []).map((specifier: any) => specifier.local.name),
          node,
          container(),
        );
        break;
      case "AssignmentExpression":
        target(node.left);
        break;
      case "UpdateExpression":
        target(node.argument);
        break;
      case "ForInStatement":
      case "ForOfStatement":
        if (node.left.type !== "VariableDeclaration") target(node.left);
        break;
      case "UnaryExpression":
        if (node.operator === "delete") target(node.argument);
        break;
      case "Identifier": {
        // Read as a value (passed, aliased, spread, returned), not `x.y`, `x(...)`, a key or a declaration.
        const parent = ancestors[ancestors.length - 1];
        if (!wanted(node.name) || !parent) break;
        const asObject =
          (parent.type === "MemberExpression" || parent.type === "OptionalMemberExpression") && parent.object === node;
        const asName =
          ((parent.type === "MemberExpression" || parent.type === "OptionalMemberExpression") &&
            parent.property === node &&
            !parent.computed) ||
          (parent.type === "CallExpression" && parent.callee === node);
        const asKey =
          (parent.type === "ObjectProperty" ||
            parent.type === "ObjectMethod" ||
            parent.type === "ClassMethod" ||
            parent.type === "ClassProperty") &&
          parent.key === node &&
          !parent.computed &&
          parent.value !== node;
        const asValue =
          parent.type === "CallExpression" ||
          parent.type === "NewExpression" ||
          parent.type === "SpreadElement" ||
          parent.type === "ArrayExpression" ||
          parent.type === "ReturnStatement" ||
          (parent.type === "VariableDeclarator" && parent.init === node) ||
          (parent.type === "AssignmentExpression" && parent.right === node) ||
          (parent.type === "ObjectProperty" && parent.value === node);
        if (!asObject && !asName && !asKey && asValue) escaping.add(node.name);
        break;
      }
    }
  });
  return { declared, assigned, escaping };
}

/** The identifier at `path` refers to the module-level binding of that name (not a local that shadows it). */
export function refersToModuleBinding(path: ASTPath<any>, name: string): boolean {
  const scope = declaringScope(path, name);
  if (scope) return scope.isGlobal || scope.path?.node?.type === "Program";
  // ast-types' scopes do not see TypeScript's `import fs = require("fs")`.
  let top: ASTPath<any> = path;
  while (top.parent) top = top.parent;
  return (
    (top.node.program ?? top.node).body?.some(
      (statement: any) => statement.type === "TSImportEqualsDeclaration" && statement.id.name === name,
    ) ?? false
  );
}

export interface ModuleFunction {
  node: any;
  /** A function declaration: initialised before any code of the module runs (safe to reference at module level). */
  hoisted: boolean;
}

/**
 * Functions defined at module level (`function f() {}`, `const f = function () {}`, `const f = () => {}`,
 * exported or not) under a name that the file declares nowhere else and never assigns to, so every
 * `f(...)` in the file calls this function.
 */
export function moduleFunctions(file: any): Map<string, ModuleFunction> {
  const found = new Map<string, ModuleFunction>();
  for (let statement of (file.program ?? file).body) {
    if (statement.type === "ExportNamedDeclaration" || statement.type === "ExportDefaultDeclaration")
      statement = statement.declaration;
    if (statement?.type === "FunctionDeclaration" && statement.id && statement.body)
      found.set(statement.id.name, { node: statement, hoisted: true });
    if (statement?.type === "VariableDeclaration") {
      for (const { id, init } of statement.declarations) {
        if (
          id.type === "Identifier" &&
          (init?.type === "FunctionExpression" || init?.type === "ArrowFunctionExpression")
        )
          found.set(id.name, { node: init, hoisted: false });
      }
    }
  }
  if (found.size === 0) return found;
  const { declared, assigned } = declarationsAndAssignments(file, new Set(found.keys()));
  for (const name of [...found.keys()])
    if ((declared.get(name)?.length ?? 0) > 1 || assigned.has(name)) found.delete(name);
  return found;
}
