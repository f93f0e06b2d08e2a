// Adding things at module level in the file's own style: a free name, an import or require placed
// after the directives and the existing imports, and module-level declarations after those.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Collection, JSCodeshift } from "jscodeshift";
import { requiredModule } from "../analysis/module-bindings";
import { statementsFrom } from "./snippet";

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

/** Insert statements at module level after the directives and the imports. */
export function insertAtModuleLevel(j: JSCodeshift, root: Collection<any>, statements: any[]): void {
  const body = programBody(j, root);
  const at = indexAfterImports(body);
  // A file-head comment (license, @flow, pragmas) stays at the head.
  const first = body[at];
  if (at === 0 && first?.comments?.some((comment: any) => comment.leading)) {
    statements[0].comments = [...first.comments.filter((comment: any) => comment.leading), ...(statements[0].comments ?? [])];
    first.comments = first.comments.filter((comment: any) => !comment.leading);
  }
  body.splice(at, 0, ...statements);
}

export interface ModuleContext {
  root: Collection<any>;
  style: ModuleStyle;
  quote: string;
}

/** The file names core modules as `node:fs`: new imports follow suit. */
function usesNodePrefix(j: JSCodeshift, root: Collection<any>): boolean {
  return root.find(j.StringLiteral).some((path: any) => path.node.value.startsWith("node:"));
}

/** Whether `statement` binds util.promisify, and as what code (`promisify`, `util.promisify`). */
function utilPromisifyIn(statement: any): string | null {
  if (statement.type === "ImportDeclaration" && /^(node:)?util$/.test(statement.source.value) && statement.importKind !== "type") {
    for (const specifier of statement.specifiers ?? []) {
      if (specifier.type === "ImportSpecifier" && (specifier.imported.name ?? specifier.imported.value) === "promisify") return specifier.local.name;
      if (specifier.type === "ImportDefaultSpecifier" || specifier.type === "ImportNamespaceSpecifier") return `${specifier.local.name}.promisify`;
    }
  }
  if (statement.type === "VariableDeclaration") {
    for (const declarator of statement.declarations) {
      if (requiredModule(declarator.init) !== "util") continue;
      if (declarator.id.type === "Identifier") return `${declarator.id.name}.promisify`;
      if (declarator.id.type === "ObjectPattern") {
        for (const property of declarator.id.properties) {
          if (property.type === "ObjectProperty" && !property.computed && property.key.name === "promisify" && property.value.type === "Identifier") return property.value.name;
        }
      }
    }
  }
  return null;
}

/**
 * Code that calls util.promisify in this file: the file's own `promisify` import/require or `util`
 * binding when it is among the leading imports (one further down may not be initialised yet when the
 * call runs), else a new `promisify` import/require added after the imports. Only a binding that comes
 * from `util` counts: a home-made or third-party `promisify` has another contract.
 */
export function utilPromisify(j: JSCodeshift, context: ModuleContext): string {
  const body = programBody(j, context.root);
  for (const statement of body.slice(0, indexAfterImports(body))) {
    const callee = utilPromisifyIn(statement);
    if (callee) return callee;
  }
  // Only here, at most once per file (the next call finds the binding added now), is a free name needed.
  const local = freeName("promisify", namesInFile(j, context.root));
  const q = context.quote;
  const source = `${q}${usesNodePrefix(j, context.root) ? "node:util" : "util"}${q}`;
  const code =
    context.style === "esm"
      ? `import { ${local === "promisify" ? "promisify" : `promisify as ${local}`} } from ${source};`
      : `const { ${local === "promisify" ? "promisify" : `promisify: ${local}`} } = require(${source});`;
  insertAtModuleLevel(j, context.root, statementsFrom(j, code));
  return local;
}
