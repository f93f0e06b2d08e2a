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
  /** The declaration that binds it (for insertion points). */
  statement: ASTPath<any>;
}

/**
 * Module-level names bound to a whole core module namespace:
 * `const fs = require('fs')`, `import fs from 'fs'`, `import * as fs from 'node:fs'`.
 * A name that is ever reassigned, or whose module members are ever assigned to, is left out.
 */
export function moduleNamespaceBindings(j: JSCodeshift, root: Collection<any>): Map<string, ModuleBinding> {
  const found = new Map<string, ModuleBinding>();
  const program = root.find(j.Program).paths()[0];
  if (!program) return found;

  for (const statementPath of (program.get("body") as any).map((p: ASTPath<any>) => p) as ASTPath<any>[]) {
    const statement = statementPath.node;
    if (statement.type === "VariableDeclaration") {
      for (const declarator of statement.declarations) {
        const module = requiredModule(declarator.init);
        if (module && declarator.id.type === "Identifier") found.set(declarator.id.name, { module, statement: statementPath });
      }
    } else if (statement.type === "ImportDeclaration" && statement.importKind !== "type") {
      for (const specifier of statement.specifiers ?? []) {
        if (specifier.type === "ImportDefaultSpecifier" || specifier.type === "ImportNamespaceSpecifier") {
          found.set(specifier.local.name, { module: stripNodePrefix(statement.source.value), statement: statementPath });
        }
      }
    }
  }

  // Distrust names that are reassigned or whose members are patched anywhere in the file.
  root.find(j.AssignmentExpression).forEach((path) => {
    let target = path.node.left as any;
    while (target.type === "MemberExpression") target = target.object;
    if (target.type === "Identifier") found.delete(target.name);
  });
  root.find(j.UpdateExpression).forEach((path) => {
    const argument = path.node.argument as any;
    if (argument.type === "Identifier") found.delete(argument.name);
  });
  return found;
}

/** The identifier at `path` refers to the module-level binding of that name (not a local that shadows it). */
export function refersToModuleBinding(path: ASTPath<any>, name: string): boolean {
  const scope = (path as any).scope?.lookup(name);
  return Boolean(scope && (scope.isGlobal || scope.path?.node?.type === "Program"));
}
