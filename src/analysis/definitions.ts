// Which function a call reaches, when the file says so for certain: `load(...)` with `function load`
// declared once and never reassigned, `store.get(...)` with `const store = { get(k, cb) {...} }`.
import type * as t from "@babel/types";
import type { Declaration } from "./module-bindings";
import { patternNames } from "./patterns";
import { walk } from "./walk";

export interface NameIndex {
  declared: Map<string, Declaration[]>;
  assigned: Set<string>;
  /** Names read other than as the object of a member access or a callee (passed, aliased, spread). */
  escaping?: Set<string>;
}

export type CalleeFacts =
  /** The function the call reaches, written in this file. `hoisted`: a module-level function declaration. */
  | { kind: "function"; node: t.Function; hoisted: boolean }
  /** Defined outside the file, or not known from it: an import, a parameter, a global, `this.x`. */
  | { kind: "outside" }
  /** The name is declared more than once or assigned to: which function runs depends on more than the text. */
  | { kind: "ambiguous" };

const isFunctionValue = (node: t.Node | null | undefined): node is t.FunctionExpression | t.ArrowFunctionExpression =>
  node?.type === "FunctionExpression" || node?.type === "ArrowFunctionExpression";

/** The one declaration of `name` visible from code inside `around`, or why there is none. */
function soleDeclaration(
  name: string,
  around: readonly t.Node[],
  index: NameIndex,
): Declaration | "outside" | "ambiguous" {
  const declarations = index.declared.get(name) ?? [];
  if (declarations.length > 1 || index.assigned.has(name)) return "ambiguous";
  const [declaration] = declarations;
  return declaration && around.includes(declaration.container) ? declaration : "outside";
}

/**
 * The method an object literal or class defines under `name` (static for a class), as written, or
 * "ambiguous" when the literal or class could give that name another value (a second definition, a
 * computed key, a spread, a field or accessor of that name).
 */
function methodIn(definition: t.Node | null | undefined, name: string): t.Function | "ambiguous" | null {
  const members: readonly t.Node[] | null =
    definition?.type === "ObjectExpression"
      ? definition.properties
      : definition?.type === "ClassDeclaration" || definition?.type === "ClassExpression"
        ? definition.body.body
        : null;
  if (!definition || !members) return null;
  const isClass = definition.type !== "ObjectExpression";
  let found: t.Function | "ambiguous" | null = null;
  for (const member of members) {
    if (member.type === "SpreadElement" || ("computed" in member && member.computed)) return "ambiguous";
    const key = "key" in member ? member.key : null;
    const keyName = key?.type === "Identifier" ? key.name : key?.type === "StringLiteral" ? key.value : null;
    if (keyName !== name || (isClass && !("static" in member && member.static))) continue;
    if (found) return "ambiguous";
    if (member.type === "ObjectMethod" || member.type === "ClassMethod")
      found = member.kind === "method" ? member : "ambiguous";
    else if (member.type === "ObjectProperty" && isFunctionValue(member.value)) found = member.value;
    else return "ambiguous";
  }
  return found;
}

/**
 * `name` as seen from inside `around` (its ancestors, nearest first) is a parameter of a function around
 * it: the innermost declaration in sight is one, alone in its scope. What it holds is the caller's.
 */
function isParameterInSight(name: string, around: readonly t.Node[], index: NameIndex): boolean {
  const visible = (index.declared.get(name) ?? []).filter((declaration) => around.includes(declaration.container));
  if (visible.length === 0) return false;
  const depth = (declaration: Declaration) => around.indexOf(declaration.container);
  const nearest = Math.min(...visible.map(depth));
  const innermost = visible.filter((declaration) => depth(declaration) === nearest);
  if (innermost.length !== 1) return false;
  const { node } = innermost[0];
  return (
    "params" in node &&
    Array.isArray(node.params) &&
    node.params.some((param: t.Node) => patternNames(param).includes(name))
  );
}

/** A value that is no object of the file: a module, a parameter's member, nothing. */
function fromElsewhere(value: t.Node | null | undefined, parameters: ReadonlySet<string>): boolean {
  if (!value) return true;
  switch (value.type) {
    case "CallExpression":
      return value.callee.type === "Identifier" && value.callee.name === "require";
    case "MemberExpression": {
      let root: t.Node = value;
      while (root.type === "MemberExpression") root = root.object;
      return fromElsewhere(root, parameters);
    }
    case "Identifier":
      return value.name === "undefined" || parameters.has(value.name);
    case "NullLiteral":
      return true;
    case "LogicalExpression":
      return fromElsewhere(value.left, parameters) && fromElsewhere(value.right, parameters);
    case "ConditionalExpression":
      return fromElsewhere(value.consequent, parameters) && fromElsewhere(value.alternate, parameters);
    default:
      return false;
  }
}

/** What the file gives each name: the values, and the names that get one any other way. */
interface GivenValues {
  /** `var x = v` and `x = v`, by name (`undefined` for a declaration without a value). */
  values: Map<string, (t.Node | null | undefined)[]>;
  /** Names bound or set any other way: a member set (`x.m = ...`), a class or function of that name, a pattern, a loop, a catch. */
  otherwise: Set<string>;
  /** Names bound as a parameter somewhere, or declared as `require(...)`: their values come from elsewhere. */
  elsewhere: Set<string>;
}

/** One walk per program, shared by every question about it (asked at each call site: not a walk each). */
const givenValuesOf = new WeakMap<t.Node, GivenValues>();

function givenValues(program: t.Node): GivenValues {
  const known = givenValuesOf.get(program);
  if (known) return known;
  const given: GivenValues = { values: new Map(), otherwise: new Set(), elsewhere: new Set() };
  const give = (name: string, value: t.Node | null | undefined) =>
    given.values.set(name, [...(given.values.get(name) ?? []), value]);
  const otherwise = (names: string[]) => names.forEach((name) => given.otherwise.add(name));
  walk(program, (node: t.Node) => {
    if ("params" in node && Array.isArray(node.params))
      for (const param of node.params as t.Node[]) for (const bound of patternNames(param)) given.elsewhere.add(bound);
    if (node.type === "VariableDeclarator") {
      if (node.id.type !== "Identifier") otherwise(patternNames(node.id));
      else {
        give(node.id.name, node.init);
        if (node.init?.type === "CallExpression" && fromElsewhere(node.init, given.elsewhere))
          given.elsewhere.add(node.id.name);
      }
    }
    if (node.type === "AssignmentExpression") {
      if (node.left.type === "Identifier") give(node.left.name, node.right);
      else if (node.left.type === "MemberExpression") {
        let target: t.Node = node.left;
        while (target.type === "MemberExpression") target = target.object;
        if (target.type === "Identifier") otherwise([target.name]);
      } else otherwise(patternNames(node.left));
    }
    if (
      (node.type === "FunctionDeclaration" ||
        node.type === "ClassDeclaration" ||
        node.type === "ClassExpression" ||
        node.type === "FunctionExpression") &&
      node.id
    )
      otherwise([node.id.name]);
    if (node.type === "ForInStatement" || node.type === "ForOfStatement") otherwise(patternNames(node.left));
    if (node.type === "CatchClause" && node.param) otherwise(patternNames(node.param));
  });
  givenValuesOf.set(program, given);
  return given;
}

/**
 * Every value the file gives `name` (declarations and assignments, anywhere) comes from elsewhere
 * (`require(...)`, a parameter or its member, another such name), and nothing sets a member of it.
 */
function onlyTakenFromElsewhere(name: string, program: t.Node | undefined): boolean {
  if (!program) return false;
  const { values, otherwise, elsewhere } = givenValues(program);
  const given = values.get(name) ?? [];
  return !otherwise.has(name) && given.length > 0 && given.every((value) => fromElsewhere(value, elsewhere));
}

/** Modules whose functions are Node core's under another name (a drop-in replacement). */
const DROP_IN: Record<string, string> = { "graceful-fs": "fs" };

/**
 * The core module among the values the file gives `name` (`var fs = opts.fs || require('fs')`, or
 * `rfs` there with `var rfs = require('fs')`, or `require('graceful-fs')` in a try): the one whose
 * contract stands for all of them (the others, a caller's replacement, taken on trust), or null.
 */
export function coreModuleAmong(
  name: string,
  program: t.Node,
  isCoreModule: (module: string) => boolean,
): string | null {
  const inits = givenValues(program).values;
  const found = new Set<string>();
  const visit = (value: t.Node | null | undefined, depth: number): void => {
    if (!value || depth > 3) return;
    if (value.type === "LogicalExpression") return void (visit(value.left, depth), visit(value.right, depth));
    if (value.type === "ConditionalExpression")
      return void (visit(value.consequent, depth), visit(value.alternate, depth));
    if (
      value.type === "CallExpression" &&
      value.callee.type === "Identifier" &&
      value.callee.name === "require" &&
      value.arguments[0]?.type === "StringLiteral"
    ) {
      const module = value.arguments[0].value.replace(/^node:/, "");
      const core = DROP_IN[module] ?? module;
      if (isCoreModule(core)) found.add(core);
      return;
    }
    if (value.type === "Identifier" && value.name !== name)
      for (const init of inits.get(value.name) ?? []) visit(init, depth + 1);
  };
  for (const value of inits.get(name) ?? []) visit(value, 0);
  return found.size === 1 ? [...found][0] : null;
}

/**
 * Every value the file gives `name`, anywhere (`var stat = deref ? fs.stat : fs.lstat` in one function
 * and again in another), each split at `?:` and `||`/`&&` into the values it may take; null when the
 * name gets one any other way (a parameter, a function or class of that name, a pattern, a member set).
 */
export function valuesGiven(name: string, program: t.Node): t.Node[] | null {
  const { values, otherwise, elsewhere } = givenValues(program);
  const given = values.get(name);
  if (!given || otherwise.has(name) || elsewhere.has(name)) return null;
  const found: t.Node[] = [];
  const split = (value: t.Node | null | undefined): boolean => {
    if (!value) return false;
    if (value.type === "LogicalExpression") return split(value.left) && split(value.right);
    if (value.type === "ConditionalExpression") return split(value.consequent) && split(value.alternate);
    found.push(value);
    return true;
  };
  return given.every(split) ? found : null;
}

/** What `callee` (of a call inside `around`, its ancestors) is, from the file's declarations. */
export function calleeFacts(callee: t.Node, around: readonly t.Node[], index: NameIndex): CalleeFacts {
  // A function a caller passed in (`done(...)`, `options.unlink(...)`): not the file's, taken on trust.
  let base: t.Node = callee;
  while (base.type === "MemberExpression") base = base.object;
  if (base.type === "Identifier" && isParameterInSight(base.name, around, index)) return { kind: "outside" };
  if (callee.type === "Identifier") {
    const declaration = soleDeclaration(callee.name, around, index);
    if (typeof declaration === "string") return { kind: declaration };
    const { node, container } = declaration;
    if (node.type === "FunctionDeclaration" && node.body)
      return { kind: "function", node, hoisted: container.type === "Program" };
    if (node.type === "VariableDeclarator" && isFunctionValue(node.init))
      return { kind: "function", node: node.init, hoisted: false };
    return { kind: "outside" };
  }
  if (base.type !== "Identifier") return { kind: "outside" };
  const declaration = soleDeclaration(base.name, around, index);
  // `var fs = opts.fs || require('fs')`, `try { fs = require('graceful-fs') } catch { fs = require('fs') }`:
  // an object the file only ever takes from elsewhere has no method of the file's own.
  if (declaration === "ambiguous" && onlyTakenFromElsewhere(base.name, around[around.length - 1]))
    return { kind: "outside" };
  if (typeof declaration === "string") return { kind: declaration };
  // `store.get(...)`: a member of the declared object itself, by a name.
  if (callee.type !== "MemberExpression" || callee.object !== base || callee.computed) return { kind: "outside" };
  if (callee.property.type !== "Identifier") return { kind: "outside" };
  const { node } = declaration;
  const definition = node.type === "VariableDeclarator" ? node.init : node;
  const method = methodIn(definition, callee.property.name);
  if (method === "ambiguous") return { kind: "ambiguous" };
  // An object passed around or aliased can get its methods replaced out of sight (`Object.assign`).
  if (method && index.escaping?.has(base.name)) return { kind: "ambiguous" };
  return method ? { kind: "function", node: method, hoisted: false } : { kind: "outside" };
}
