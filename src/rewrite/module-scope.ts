// Adding things at module level in the file's own style: a free name, an import or require placed
// after the directives and the existing imports, and module-level declarations after those.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Collection, JSCodeshift } from "jscodeshift";
import { requiredModule } from "../analysis/module-bindings";

export type ModuleStyle = "esm" | "cjs";

export function moduleStyleOf(j: JSCodeshift, root: Collection<any>, filename: string): ModuleStyle {
  if (/\.(mjs|mts)$/i.test(filename)) return "esm";
  if (/\.(cjs|cts)$/i.test(filename)) return "cjs";
  const esm = root.find(j.ImportDeclaration).size() > 0 || root.find(j.ExportNamedDeclaration).size() > 0 || root.find(j.ExportDefaultDeclaration).size() > 0 || root.find(j.ExportAllDeclaration).size() > 0;
  return esm ? "esm" : "cjs";
}

/** Every identifier name in the file (bindings and references): a new name must be none of them. */
export function namesInFile(j: JSCodeshift, root: Collection<any>): Set<string> {
  const names = new Set<string>();
  root.find(j.Identifier).forEach((path: any) => names.add(path.node.name));
  return names;
}

export function freeName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}

function programBody(j: JSCodeshift, root: Collection<any>): any[] {
  return root.find(j.Program).get().node.body;
}

function isRequireStatement(statement: any): boolean {
  return statement.type === "VariableDeclaration" && statement.declarations.length > 0 && statement.declarations.every((d: any) => requiredModule(d.init) !== null || (d.init?.type === "MemberExpression" && requiredModule(d.init.object) !== null));
}

/** Index after the directives and the leading run of imports / requires. */
export function indexAfterImports(body: any[]): number {
  let index = 0;
  while (index < body.length) {
    const statement = body[index];
    const isDirective = statement.type === "ExpressionStatement" && statement.directive;
    if (isDirective || statement.type === "ImportDeclaration" || isRequireStatement(statement)) index++;
    else break;
  }
  return index;
}

/** Insert statements at module level after the imports (or at `index` when given). */
export function insertAtModuleLevel(j: JSCodeshift, root: Collection<any>, statements: any[], index?: number): void {
  const body = programBody(j, root);
  body.splice(index ?? indexAfterImports(body), 0, ...statements);
}

/**
 * An expression that calls `util.promisify` in this file: an existing `promisify` import/require or
 * `util` namespace when there is one, else a new `promisify` import/require added after the imports.
 */
export function promisifyCallee(j: JSCodeshift, root: Collection<any>, style: ModuleStyle, taken: Set<string>): any {
  const body = programBody(j, root);
  for (const statement of body) {
    if (statement.type === "ImportDeclaration" && /^(node:)?util$/.test(statement.source.value) && statement.importKind !== "type") {
      for (const specifier of statement.specifiers ?? []) {
        if (specifier.type === "ImportSpecifier" && specifier.imported.name === "promisify") return j.identifier(specifier.local.name);
        if (specifier.type === "ImportDefaultSpecifier" || specifier.type === "ImportNamespaceSpecifier") return j.memberExpression(j.identifier(specifier.local.name), j.identifier("promisify"));
      }
    }
    if (statement.type === "VariableDeclaration") {
      for (const declarator of statement.declarations) {
        if (requiredModule(declarator.init) !== "util") continue;
        if (declarator.id.type === "Identifier") return j.memberExpression(j.identifier(declarator.id.name), j.identifier("promisify"));
        if (declarator.id.type === "ObjectPattern") {
          for (const property of declarator.id.properties) {
            if ((property.type === "ObjectProperty" || property.type === "Property") && property.key.name === "promisify" && property.value.type === "Identifier") return j.identifier(property.value.name);
          }
        }
      }
    }
  }
  const local = freeName("promisify", taken);
  const source = j.stringLiteral(usesNodePrefix(j, root) ? "node:util" : "util");
  let statement: any;
  if (style === "esm") {
    statement = j.importDeclaration([j.importSpecifier(j.identifier("promisify"), j.identifier(local))], source);
  } else {
    const property = j.objectProperty(j.identifier("promisify"), j.identifier(local));
    property.shorthand = local === "promisify";
    statement = j.variableDeclaration("const", [j.variableDeclarator(j.objectPattern([property]), j.callExpression(j.identifier("require"), [source]))]);
  }
  insertAtModuleLevel(j, root, [statement]);
  return j.identifier(local);
}

/** The file names core modules as `node:fs`: new imports follow suit. */
function usesNodePrefix(j: JSCodeshift, root: Collection<any>): boolean {
  return root.find(j.StringLiteral).some((path: any) => path.node.value.startsWith("node:"));
}

/**
 * The module-level `const <name> = promisify(<target>)` for `target` (e.g. `fs.read`): the existing
 * one when the file has it, else a new one placed after the imports and the promisify import.
 */
export function hoistedPromisified(j: JSCodeshift, root: Collection<any>, target: any, base: string, style: ModuleStyle, taken: Set<string>, after: any): string {
  const targetText = j(target).toSource();
  const body = programBody(j, root);
  for (const statement of body) {
    if (statement.type !== "VariableDeclaration" || statement.kind !== "const") continue;
    for (const declarator of statement.declarations) {
      const init = declarator.init;
      if (declarator.id.type !== "Identifier" || init?.type !== "CallExpression" || init.arguments.length !== 1) continue;
      const callee = init.callee;
      const isPromisify = (callee.type === "Identifier" && callee.name === "promisify") || (callee.type === "MemberExpression" && !callee.computed && callee.property.name === "promisify");
      if (isPromisify && j(init.arguments[0]).toSource() === targetText) return declarator.id.name;
    }
  }
  const callee = promisifyCallee(j, root, style, taken);
  const name = freeName(base, taken);
  const declaration = j.variableDeclaration("const", [j.variableDeclarator(j.identifier(name), j.callExpression(callee, [target]))]);
  // After the imports, and never before the statement that binds what it promisifies.
  insertAtModuleLevel(j, root, [declaration], Math.max(indexAfterImports(body), body.indexOf(after) + 1));
  return name;
}
