// Adding things at module level in the file's own style: a free name, an import or require placed
// after the directives and the existing imports, and module-level declarations after those.
import type { Collection, JSCodeshift } from "jscodeshift";
import { requiredModule } from "../analysis/module-bindings";
import { findPaths, someNode, walk, walkWithAncestors } from "../analysis/walk";
import { statementsFrom } from "./snippet";

export type ModuleStyle = "esm" | "cjs";

export function moduleStyleOf(_j: JSCodeshift, root: Collection<any>, filename: string): ModuleStyle {
  if (/\.(mjs|mts)$/i.test(filename)) return "esm";
  if (/\.(cjs|cts)$/i.test(filename)) return "cjs";
  // One plain walk that stops at the first sign: an import or export, or (a module of a `"type": "module"`
  // package may have neither) `import.meta` or an await outside every function.
  let esm = false;
  walkWithAncestors(programOf(root), (node, ancestors) => {
    if (esm) return false;
    if (
      /^(?:ImportDeclaration|Export(?:Named|Default|All)Declaration)$/.test(node.type) ||
      (node.type === "MetaProperty" && node.meta?.name === "import")
    )
      esm = true;
    else if (
      (node.type === "AwaitExpression" || (node.type === "ForOfStatement" && node.await)) &&
      !ancestors.some((up) => /Function|Method/.test(up.type))
    )
      esm = true;
  });
  return esm ? "esm" : "cjs";
}

/** Every identifier name in the file (bindings and references): a new name must be none of them. */
export function namesInFile(_j: JSCodeshift, root: Collection<any>): Set<string> {
  const names = new Set<string>();
  // A plain walk, not ast-types' path visitor: transforms ask once per site, and files have hundreds.
  for (const path of root.paths()) {
    walk(path.node, (node) => {
      if (node.type === "Identifier" || node.type === "JSXIdentifier") names.add(node.name);
    });
  }
  return names;
}

/** The Program node of a file's collection (without a search through the whole tree). */
export function programOf(root: Collection<any>): any {
  const top = root.get().node;
  return top.type === "File" ? top.program : top;
}

export function freeName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}

function programBody(_j: JSCodeshift, root: Collection<any>): any[] {
  return programOf(root).body;
}

function isRequireStatement(statement: any): boolean {
  return (
    statement.type === "VariableDeclaration" &&
    statement.declarations.length > 0 &&
    statement.declarations.every(
      (d: any) =>
        requiredModule(d.init) !== null ||
        (d.init?.type === "MemberExpression" && requiredModule(d.init.object) !== null),
    )
  );
}

/** Index after the directives and the leading run of imports / requires. */
export function indexAfterImports(body: any[]): number {
  let index = 0;
  while (index < body.length) {
    const statement = body[index];
    const isDirective = statement.type === "ExpressionStatement" && statement.directive;
    if (
      isDirective ||
      statement.type === "ImportDeclaration" ||
      statement.type === "TSImportEqualsDeclaration" ||
      isRequireStatement(statement)
    )
      index++;
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
    // Moved as text only: recast would look their old positions up in the new statement's own lines.
    const moved = first.comments
      .filter((comment: any) => comment.leading)
      .map(({ type, value }: any) => ({ type, value, leading: true, trailing: false }));
    statements[0].comments = [...moved, ...(statements[0].comments ?? [])];
    first.comments = first.comments.filter((comment: any) => !comment.leading);
  }
  body.splice(at, 0, ...statements);
}

export interface ModuleContext {
  root: Collection<any>;
  style: ModuleStyle;
  quote: string;
  /** A TypeScript file: a `require` added to it is typed (`as typeof import("util")`), or what it binds would be `any`. */
  typescript?: boolean;
  /** Imports/requires this run added, by module: a second member of the same module joins them. */
  added?: Map<string, { statement: any; members: { member: string; local: string }[] }>;
}

/** The file names core modules as `node:fs`: new imports follow suit. */
function usesNodePrefix(j: JSCodeshift, root: Collection<any>): boolean {
  return someNode(j, root, "StringLiteral", (node) => node.value.startsWith("node:"));
}

/** Whether `statement` binds `member` of `module`, and as what code (`promisify`, `util.promisify`). */
function memberBindingIn(statement: any, module: string, member: string): string | null {
  const named = (specifier: string) => specifier.replace(/^node:/, "") === module;
  if (statement.type === "ImportDeclaration" && named(statement.source.value) && statement.importKind !== "type") {
    for (const specifier of statement.specifiers ?? []) {
      if (
        specifier.type === "ImportSpecifier" &&
        specifier.importKind !== "type" &&
        (specifier.imported.name ?? specifier.imported.value) === member
      )
        return specifier.local.name;
      if (specifier.type === "ImportDefaultSpecifier" || specifier.type === "ImportNamespaceSpecifier")
        return `${specifier.local.name}.${member}`;
    }
  }
  // TypeScript's `import util = require('util')`.
  if (
    statement.type === "TSImportEqualsDeclaration" &&
    statement.importKind !== "type" &&
    statement.moduleReference?.type === "TSExternalModuleReference" &&
    named(statement.moduleReference.expression.value)
  )
    return `${statement.id.name}.${member}`;
  if (statement.type === "VariableDeclaration") {
    for (const declarator of statement.declarations) {
      if (requiredModule(declarator.init) !== module) continue;
      if (declarator.id.type === "Identifier") return `${declarator.id.name}.${member}`;
      if (declarator.id.type === "ObjectPattern") {
        for (const property of declarator.id.properties) {
          if (
            property.type === "ObjectProperty" &&
            !property.computed &&
            property.key.name === member &&
            property.value.type === "Identifier"
          )
            return property.value.name;
        }
      }
    }
  }
  return null;
}

/**
 * Code that reaches `member` of the core `module` in this file: the file's own binding of it (or of
 * the module) when it is among the leading imports (one further down may not be initialised yet when
 * the code runs), else a new import/require added after them, under `preferred` or a free variant of it.
 * Only a binding that comes from that module counts: a home-made `promisify` has another contract.
 */
/** The code of the file's own leading binding of `member` of `module` (see moduleMember), or null. */
export function existingModuleMember(
  j: JSCodeshift,
  context: ModuleContext,
  module: string,
  member: string,
): string | null {
  const body = programBody(j, context.root);
  for (const statement of body.slice(0, indexAfterImports(body))) {
    const code = memberBindingIn(statement, module, member);
    if (code) return code;
  }
  return null;
}

export function moduleMember(
  j: JSCodeshift,
  context: ModuleContext,
  module: string,
  member: string,
  preferred = member,
): string {
  const existing = existingModuleMember(j, context, module, member);
  if (existing) return existing;
  const body = programBody(j, context.root);
  // Only here, at most once per member (the next call finds the binding added now), is a free name needed.
  const local = freeName(preferred, namesInFile(j, context.root));
  const added = (context.added ??= new Map());
  const earlier = added.get(module);
  const members = [...(earlier?.members ?? []), { member, local }];
  const statement = importStatement(j, context, module, members);
  // A second member of a module this run imported joins that import (written anew, on one line).
  if (earlier) {
    statement.comments = earlier.statement.comments;
    body.splice(body.indexOf(earlier.statement), 1, statement);
  } else insertAtModuleLevel(j, context.root, [statement]);
  added.set(module, { statement, members });
  return local;
}

/** `import { a, b as c } from "m";` or `const { a, b: c } = require("m");` in the file's style (typed in TypeScript). */
export function importStatement(
  j: JSCodeshift,
  context: ModuleContext,
  module: string,
  members: { member: string; local: string }[],
): any {
  const q = context.quote;
  const source = `${q}${usesNodePrefix(j, context.root) ? `node:${module}` : module}${q}`;
  const list = members
    .map((m) =>
      m.local === m.member
        ? m.member
        : context.style === "esm"
          ? `${m.member} as ${m.local}`
          : `${m.member}: ${m.local}`,
    )
    .join(", ");
  const typed = context.typescript ? ` as typeof import(${source})` : "";
  const [statement] = statementsFrom(
    j,
    context.style === "esm" ? `import { ${list} } from ${source};` : `const { ${list} } = require(${source})${typed};`,
  );
  return statement;
}

/** Take out of the imports this run added each member `isUsed` says nothing uses, and an import left empty. */
export function dropAddedMembers(
  j: JSCodeshift,
  context: ModuleContext,
  isUsed: (statement: any, local: string) => boolean,
): void {
  const body = programBody(j, context.root);
  for (const [module, { statement, members }] of context.added ?? []) {
    const used = members.filter(({ local }) => isUsed(statement, local));
    if (used.length === members.length) continue;
    const replacement = used.length ? importStatement(j, context, module, used) : null;
    if (replacement) {
      replacement.comments = statement.comments;
      body.splice(body.indexOf(statement), 1, replacement);
      context.added!.set(module, { statement: replacement, members: used });
    } else {
      body.splice(body.indexOf(statement), 1);
      context.added!.delete(module);
    }
  }
}

/** Code that calls util.promisify in this file (see moduleMember). */
export function utilPromisify(j: JSCodeshift, context: ModuleContext): string {
  return moduleMember(j, context, "util", "promisify");
}

/** Take a statement out of a list; its leading comments stay, on the statement after it. */
function removeStatement(body: any[], statement: any): void {
  const index = body.indexOf(statement);
  const comments = (statement.comments ?? [])
    .filter((comment: any) => comment.leading)
    .map(({ type, value }: any) => ({ type, value, leading: true, trailing: false }));
  const next = body[index + 1];
  if (comments.length && next) next.comments = [...comments, ...(next.comments ?? [])];
  body.splice(index, 1);
}

/**
 * Take out the file's module-level binding of `member` of `module` under `local` (`import { promisify }
 * from 'util'`, `const { promisify } = require('util')`, `const promisify = require('util').promisify`)
 * when nothing in the file uses that name any more; the statement goes when it binds nothing else. With
 * `member` null, the binding of the whole module (`const async = require('async')`, `import async from`).
 * Nothing goes from a file that calls `eval` directly.
 */
export function removeUnusedMemberBinding(
  j: JSCodeshift,
  root: Collection<any>,
  module: string,
  member: string | null,
  local: string,
): void {
  // Code a direct `eval` runs (or a `with` block) reads names the file does not spell out: it keeps them all.
  if (
    someNode(j, root, "CallExpression", (node) => node.callee.type === "Identifier" && node.callee.name === "eval") ||
    someNode(j, root, "WithStatement", () => true)
  )
    return;
  const body = programBody(j, root);
  const usedOutside = (statement: any): boolean =>
    findPaths(j, root, "Identifier", (node) => node.name === local).some((path: any) => {
      const parent = path.parent.node;
      if (
        (parent.type === "MemberExpression" || parent.type === "OptionalMemberExpression") &&
        parent.property === path.node &&
        !parent.computed
      )
        return false;
      for (let up = path.parent; up; up = up.parent) if (up.node === statement) return false;
      return true;
    });
  for (const statement of [...body]) {
    if (statement.type === "ImportDeclaration" && statement.source.value.replace(/^node:/, "") === module) {
      const specifier = (statement.specifiers ?? []).find((s: any) =>
        member === null
          ? (s.type === "ImportDefaultSpecifier" || s.type === "ImportNamespaceSpecifier") && s.local.name === local
          : s.type === "ImportSpecifier" && s.local.name === local && (s.imported.name ?? s.imported.value) === member,
      );
      if (!specifier || usedOutside(statement)) continue;
      statement.specifiers = statement.specifiers.filter((s: any) => s !== specifier);
      if (statement.specifiers.length === 0) removeStatement(body, statement);
    }
    if (statement.type !== "VariableDeclaration") continue;
    for (const declarator of [...statement.declarations]) {
      const init = declarator.init;
      const whole =
        declarator.id.type === "Identifier" &&
        declarator.id.name === local &&
        (member === null
          ? requiredModule(init) === module
          : init?.type === "MemberExpression" &&
            requiredModule(init.object) === module &&
            init.property.name === member);
      const property =
        member !== null && declarator.id.type === "ObjectPattern" && requiredModule(init) === module
          ? declarator.id.properties.find(
              (p: any) =>
                p.type === "ObjectProperty" &&
                !p.computed &&
                (p.key.name ?? p.key.value) === member &&
                p.value.type === "Identifier" &&
                p.value.name === local,
            )
          : null;
      if (!(whole || property) || usedOutside(property ?? declarator)) continue;
      if (property && declarator.id.properties.length > 1)
        declarator.id.properties = declarator.id.properties.filter((p: any) => p !== property);
      else statement.declarations = statement.declarations.filter((d: any) => d !== declarator);
      if (statement.declarations.length === 0) removeStatement(body, statement);
    }
  }
}
