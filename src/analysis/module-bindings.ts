// Which local names are bound to a Node core module, and whether that binding can be trusted.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { ASTPath, Collection, JSCodeshift } from "jscodeshift";

/** `require('fs')` or `require('node:fs')`: the module name without `node:`, else null. */
export function requiredModule(node: any): string | null {
  if (node?.type !== "CallExpression" || node.callee?.type !== "Identifier" || node.callee.name !== "require") return null;
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
 * Module-level names bound to a core module or to one of its exports:
 * `const fs = require('fs')`, `import fs from 'fs'`, `import * as fs from 'node:fs'`,
 * `const { readFile, stat: statFile } = require('fs')`, `const exec = require('child_process').exec`,
 * `import { exec } from 'node:child_process'`.
 * A name that is bound again anywhere, reassigned, or whose members are assigned to, is left out.
 */
export function moduleBindings(j: JSCodeshift, root: Collection<any>): Map<string, ModuleBinding> {
  const found = new Map<string, ModuleBinding>();
  const program = root.find(j.Program).paths()[0];
  if (!program) return found;

  for (const statementPath of (program.get("body") as any).map((p: ASTPath<any>) => p) as ASTPath<any>[]) {
    const statement = statementPath.node;
    if (statement.type === "VariableDeclaration") {
      for (const declarator of statement.declarations) {
        const init = declarator.init;
        const module = requiredModule(init);
        if (module && declarator.id.type === "Identifier") found.set(declarator.id.name, { module, member: null, statement: statementPath });
        if (module && declarator.id.type === "ObjectPattern") {
          for (const property of declarator.id.properties) {
            const key = property.type === "ObjectProperty" && !property.computed ? (property.key.name ?? property.key.value) : null;
            if (key && property.value.type === "Identifier") found.set(property.value.name, { module, member: key, statement: statementPath });
          }
        }
        const memberOf = init?.type === "MemberExpression" && !init.computed ? requiredModule(init.object) : null;
        if (memberOf && declarator.id.type === "Identifier") found.set(declarator.id.name, { module: memberOf, member: init.property.name, statement: statementPath });
      }
    } else if (statement.type === "ImportDeclaration" && statement.importKind !== "type") {
      const module = stripNodePrefix(statement.source.value);
      for (const specifier of statement.specifiers ?? []) {
        if (specifier.type === "ImportDefaultSpecifier" || specifier.type === "ImportNamespaceSpecifier") {
          found.set(specifier.local.name, { module, member: null, statement: statementPath });
        } else if (specifier.type === "ImportSpecifier" && specifier.importKind !== "type") {
          found.set(specifier.local.name, { module, member: specifier.imported.name ?? specifier.imported.value, statement: statementPath });
        }
      }
    }
  }

  // Distrust a name that is bound again anywhere in the file (a second `var`, a parameter, a class
  // expression's own name, ...), assigned to in any form, or whose members are patched.
  for (const name of [...found.keys()]) if (bindingCount(j, root, name) > 1 || isAssigned(j, root, name)) found.delete(name);
  return found;
}

/** Names a pattern binds. */
export function patternNames(pattern: any, into: string[] = []): string[] {
  if (!pattern) return into;
  switch (pattern.type) {
    case "Identifier":
      into.push(pattern.name);
      break;
    case "AssignmentPattern":
      patternNames(pattern.left, into);
      break;
    case "RestElement":
      patternNames(pattern.argument, into);
      break;
    case "ArrayPattern":
      for (const element of pattern.elements) patternNames(element, into);
      break;
    case "ObjectPattern":
      for (const property of pattern.properties) patternNames(property.type === "RestElement" ? property : property.value, into);
      break;
    case "TSParameterProperty":
      patternNames(pattern.parameter, into);
      break;
  }
  return into;
}

/** How many times `name` is declared anywhere in the file, in any scope and any form. */
export function bindingCount(j: JSCodeshift, root: Collection<any>, name: string): number {
  let count = 0;
  const add = (names: string[]) => {
    for (const bound of names) if (bound === name) count++;
  };
  root.find(j.VariableDeclarator).forEach((p: any) => add(patternNames(p.node.id)));
  root.find(j.Function).forEach((p: any) => {
    if (p.node.id) add([p.node.id.name]);
    for (const param of p.node.params) add(patternNames(param));
  });
  root.find(j.CatchClause).forEach((p: any) => add(patternNames(p.node.param)));
  root.find(j.ClassDeclaration).forEach((p: any) => p.node.id && add([p.node.id.name]));
  root.find(j.ClassExpression).forEach((p: any) => p.node.id && add([p.node.id.name]));
  root.find(j.ImportDeclaration).forEach((p: any) => add((p.node.specifiers ?? []).map((s: any) => s.local.name)));
  return count;
}

/** `name` (or a member of it) is assigned to, in any form: `=`, `+=`, destructuring, `++`, `for (name of ...)`. */
export function isAssigned(j: JSCodeshift, root: Collection<any>, name: string): boolean {
  const rootName = (target: any): string[] => {
    let node = target;
    while (node?.type === "MemberExpression" || node?.type === "OptionalMemberExpression") node = node.object;
    return node?.type === "Identifier" ? [node.name] : patternNames(node);
  };
  const hit = (target: any) => rootName(target).includes(name);
  return (
    root.find(j.AssignmentExpression).some((p: any) => hit(p.node.left)) ||
    root.find(j.UpdateExpression).some((p: any) => hit(p.node.argument)) ||
    root.find(j.ForInStatement).some((p: any) => p.node.left.type !== "VariableDeclaration" && hit(p.node.left)) ||
    root.find(j.ForOfStatement).some((p: any) => p.node.left.type !== "VariableDeclaration" && hit(p.node.left)) ||
    root.find(j.UnaryExpression, { operator: "delete" }).some((p: any) => hit(p.node.argument))
  );
}

/** The identifier at `path` refers to the module-level binding of that name (not a local that shadows it). */
export function refersToModuleBinding(path: ASTPath<any>, name: string): boolean {
  const scope = (path as any).scope?.lookup(name);
  return Boolean(scope && (scope.isGlobal || scope.path?.node?.type === "Program"));
}
