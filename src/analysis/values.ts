// What a value provably is, from the code alone.
import type * as t from "@babel/types";
import { isStrictAt, usesArguments } from "./functions";
import { statementBindings } from "./module-bindings";
import { assignedNames, patternNames } from "./patterns";
import { declaringScope, isGlobal, scopeNode, soleBinding, type NodePath } from "./scopes";
import { walk, walkWithKeys } from "./walk";

/** An expression, an argument (maybe a spread), or nothing. */
type Value = t.Node | null | undefined;

/** A member access's name when it is written as one (`a.b`, not `a[b]`). */
function memberName(member: t.MemberExpression | t.OptionalMemberExpression): string | null {
  return !member.computed && member.property.type === "Identifier" ? member.property.name : null;
}

const PATH_FUNCTIONS = new Set([
  "join",
  "resolve",
  "normalize",
  "relative",
  "basename",
  "dirname",
  "format",
  "toNamespacedPath",
]);
const PATH_TYPE_NAMES = new Set(["URL", "Buffer", "PathLike", "PathOrFileDescriptor"]);

function isStringTyped(annotation: t.Identifier["typeAnnotation"]): boolean {
  const type = annotation && annotation.type !== "Noop" ? annotation.typeAnnotation : null;
  if (!type) return false;
  if (type.type === "TSStringKeyword" || type.type === "StringTypeAnnotation") return true;
  const typeName =
    type.type === "TSTypeReference" ? type.typeName : type.type === "GenericTypeAnnotation" ? type.id : null;
  // `PathLike`, `fs.PathLike`: the last part of the name.
  const name =
    typeName?.type === "Identifier" ? typeName.name : typeName && "right" in typeName ? typeName.right.name : null;
  // fs.PathLike is string | Buffer | URL (PathOrFileDescriptor admits numbers, so it is not here).
  return name !== null && name !== "PathOrFileDescriptor" && PATH_TYPE_NAMES.has(name);
}

/** The binding's declaration node for `name` as seen from `path`: a declarator, a parameter, or null. */
function bindingOf(
  path: NodePath,
  name: string,
): { kind: "const"; init: Value; at: NodePath } | { kind: "param"; node: t.Identifier } | null {
  const idPath = soleBinding(path, name)?.id;
  if (!idPath) return null;
  const parent = (idPath.parent as NodePath | null)?.node;
  if (parent?.type === "VariableDeclarator" && parent.id === idPath.node) {
    const declaration = (idPath.parent as NodePath).parent?.node as t.Node | undefined;
    if (declaration?.type === "VariableDeclaration" && declaration.kind === "const")
      return { kind: "const", init: parent.init, at: idPath.parent as NodePath };
    return null;
  }
  const owner = parent && "params" in parent && Array.isArray(parent.params) ? (parent as t.Function) : null;
  // A parameter its function assigns to (`text = JSON.parse(text)`), or that sloppy code may change
  // through `arguments` or `eval`, holds more than its type says.
  if (owner && owner.params.includes(idPath.node) && !assignedNames(owner.body).has(name) && !usesEvalOrWith(owner)) {
    if (isStrictAt(idPath) || !usesArguments(owner)) return { kind: "param", node: idPath.node };
  }
  return null;
}

/** A direct `eval` or a `with` block in `node`: code that may read or assign any name. */
function usesEvalOrWith(node: t.Node): boolean {
  let found = false;
  walk(node, (current) => {
    if (found) return false;
    if ((current.type === "Identifier" && current.name === "eval") || current.type === "WithStatement") found = true;
  });
  return found;
}

/**
 * The expression is certainly a path (string, Buffer or URL), never a numeric file descriptor:
 * literals, string concatenation, `path.*` calls, `__filename`/`__dirname`, `new URL`, a `const`
 * holding one of those, or a parameter typed `string`/`URL`/`Buffer`/`PathLike`.
 */
export function isProvablyPath(expression: Value, path: NodePath, depth = 0): boolean {
  if (!expression || depth > 4) return false;
  switch (expression.type) {
    case "StringLiteral":
    case "TemplateLiteral":
      return true;
    case "BinaryExpression":
      return (
        expression.operator === "+" &&
        [expression.left, expression.right].some(
          (side) => side.type === "StringLiteral" || side.type === "TemplateLiteral",
        )
      );
    case "NewExpression":
      return expression.callee.type === "Identifier" && expression.callee.name === "URL";
    case "CallExpression": {
      const callee = expression.callee;
      if (callee.type !== "MemberExpression" || callee.object.type !== "Identifier") return false;
      if (!PATH_FUNCTIONS.has(memberName(callee) ?? "")) return false;
      return isModuleBinding(path, callee.object.name, "path");
    }
    case "Identifier": {
      if ((expression.name === "__filename" || expression.name === "__dirname") && isGlobal(path, expression.name))
        return true;
      const binding = bindingOf(path, expression.name);
      if (!binding) return false;
      if (binding.kind === "param") return isStringTyped(binding.node.typeAnnotation);
      return isProvablyPath(binding.init, binding.at, depth + 1);
    }
    default:
      return false;
  }
}

/**
 * The expression is certainly an array without holes: a literal (with no hole), what array-making calls
 * return (`Object.keys`, `Array.from`, `.map` of such an array, ...), or a `const` holding one.
 */
export function isProvablyArray(expression: Value, path: NodePath, depth = 0): boolean {
  if (!expression || depth > 4) return false;
  if (expression.type === "ArrayExpression") return !expression.elements.includes(null);
  if (expression.type === "Identifier") {
    const binding = bindingOf(path, expression.name);
    return binding?.kind === "const" && isProvablyArray(binding.init, binding.at, depth + 1);
  }
  if (expression.type !== "CallExpression" || expression.callee.type !== "MemberExpression") return false;
  const method = memberName(expression.callee);
  if (method === null) return false;
  const object = expression.callee.object;
  if (object.type === "Identifier" && object.name === "Object" && isGlobal(path, "Object"))
    return ["keys", "values", "entries"].includes(method);
  if (object.type === "Identifier" && object.name === "Array" && isGlobal(path, "Array"))
    return ["from", "of"].includes(method);
  return (
    ["map", "filter", "slice", "concat", "flat", "flatMap"].includes(method) && isProvablyArray(object, path, depth + 1)
  );
}

/** The array literal the expression is, or that the `const` it names holds (through other such `const`s); else null. */
export function arrayLiteralOf(expression: Value, path: NodePath, depth = 0): t.ArrayExpression | null {
  if (!expression || depth > 4) return null;
  if (expression.type === "ArrayExpression") return expression;
  if (expression.type !== "Identifier") return null;
  const binding = bindingOf(path, expression.name);
  return binding?.kind === "const" ? arrayLiteralOf(binding.init, binding.at, depth + 1) : null;
}

/** The options argument provably lacks `key`: absent, a string or number, or an object literal without it (and no spread). */
export function optionProvablyAbsent(arg: Value, key: string): boolean {
  return optionProvably(arg, key, []);
}

/**
 * The options argument provably lacks `key`, or gives it a literal of an allowed kind ("number",
 * "string": not empty, "false"): absent, a string or number (no options object), or an object literal
 * (no spread, no computed key).
 */
export function optionProvably(arg: Value, key: string, allowed: readonly ("number" | "string" | "false")[]): boolean {
  if (!arg || arg.type === "StringLiteral" || arg.type === "TemplateLiteral" || arg.type === "NumericLiteral")
    return true;
  if (arg.type !== "ObjectExpression") return false;
  return arg.properties.every((property) => {
    if (property.type !== "ObjectProperty" || property.computed) return false;
    const name =
      property.key.type === "Identifier"
        ? property.key.name
        : property.key.type === "StringLiteral"
          ? property.key.value
          : null;
    if (name !== key) return true;
    const value = property.value;
    if (value.type === "NumericLiteral") return allowed.includes("number");
    if (value.type === "StringLiteral") return allowed.includes("string") && value.value !== "";
    if (value.type === "BooleanLiteral" && !value.value) return allowed.includes("false");
    return false;
  });
}

/**
 * What `name` at `path` is bound to, once and for good, when that is a module or one of its exports: the
 * import or `const` require that declares it, read as module-bindings reads module-level statements
 * (`const fs = require('fs')`, `import fs from 'node:fs'`, `const { promisify } = require('util')`,
 * `import { promisify } from 'util'`, TypeScript's `import fs = require('fs')`). Null otherwise.
 */
function moduleBindingOf(path: NodePath, name: string): { module: string; member: string | null } | null {
  let statement = soleBinding(path, name)?.id as NodePath | null | undefined;
  while (statement && !/^(VariableDeclaration|ImportDeclaration|TSImportEqualsDeclaration)$/.test(statement.node.type))
    statement = statement.parent as NodePath | null;
  if (!statement || (statement.node.type === "VariableDeclaration" && statement.node.kind !== "const")) return null;
  const bound = statementBindings(statement.node).find((binding) => binding.local === name);
  return bound ? { module: bound.module, member: bound.member } : null;
}

/** `name` at `path` is core module `module` itself. */
function isModuleBinding(path: NodePath, name: string, module: string): boolean {
  const bound = moduleBindingOf(path, name);
  return bound?.module === module && bound.member === null;
}

/** `name` at `path` is export `member` of core module `module`. */
function isModuleMemberBinding(path: NodePath, name: string, module: string, member: string): boolean {
  const bound = moduleBindingOf(path, name);
  return bound?.module === module && bound.member === member;
}

/**
 * Every value the binding `name` can hold where `path` reads it, each with the path it is written at
 * (its names are looked up from there): a `const`'s initialiser; a `let`'s or `var`'s initialiser (or
 * `undefined`, none given) and the right side of every `name = value` that assigns this binding (one
 * in a nested scope that declares the name again assigns another). `other`: an assignment of another
 * kind (`+=`, `++`, destructuring, a for-in/of target), or code that may assign anything (`eval`,
 * `with`). Null for a parameter, an import, a name bound more than once, or a global.
 */
function bindingValues(
  path: NodePath,
  name: string,
): { values: { value: Value; at: NodePath }[]; other: boolean } | null {
  const found = soleBinding(path, name);
  if (!found) return null;
  const { scope, id } = found;
  const at = id.parent as NodePath;
  const declarator = at.node;
  if (declarator.type !== "VariableDeclarator" || declarator.id !== id.node) return null;
  const declaration = at.parent?.node as t.Node | undefined;
  const undefinedValue: t.Identifier = { type: "Identifier", name: "undefined" };
  const values: { value: Value; at: NodePath }[] = [{ value: declarator.init ?? undefinedValue, at }];
  if (declaration?.type === "VariableDeclaration" && declaration.kind === "const") return { values, other: false };
  if (usesEvalOrWith(scopeNode(scope))) return { values, other: true };
  let other = false;
  walkWithKeys(scopeNode(scope), (node: t.Node, keys) => {
    const target =
      node.type === "AssignmentExpression"
        ? node.left
        : node.type === "UpdateExpression"
          ? node.argument
          : (node.type === "ForOfStatement" || node.type === "ForInStatement") &&
              node.left.type !== "VariableDeclaration"
            ? node.left
            : null;
    if (!target || !patternNames(target).includes(name)) return;
    const written = scope.path.get(...keys) as NodePath;
    // A nested scope's own `name`: not this binding.
    if (declaringScope(written, name) !== scope) return;
    if (node.type === "AssignmentExpression" && node.operator === "=" && target.type === "Identifier")
      values.push({ value: node.right, at: written.get("right") as NodePath });
    else other = true;
  });
  return { values, other };
}

const TYPED_ARRAYS = new Set([
  "Uint8Array",
  "Uint8ClampedArray",
  "Int8Array",
  "Uint16Array",
  "Int16Array",
  "Uint32Array",
  "Int32Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array",
  "DataView",
  "Buffer",
]);
const BUFFER_MAKERS = new Set(["from", "alloc", "allocUnsafe", "allocUnsafeSlow", "concat"]);
/** Methods of arrays that give a string. */
const ARRAY_STRING_METHODS = new Set(["join", "toString", "toLocaleString"]);
/** Methods that give a string on a string, a Buffer, a number or an array (`lines.join('\n')`, `n.toFixed(2)`). */
const STRING_METHODS = new Set([
  "toString",
  "join",
  "trim",
  "trimStart",
  "trimEnd",
  "toUpperCase",
  "toLowerCase",
  "padStart",
  "padEnd",
  "repeat",
  "normalize",
  "replace",
  "replaceAll",
  "substring",
  "substr",
  "toFixed",
  "toPrecision",
  "toISOString",
  "toUTCString",
  "toLocaleString",
]);

/** `fs.promises.readFile(...)`, `promisify(fs.readFile)(...)` of the file's `fs`: a Buffer or a string. */
function isFileRead(call: Value, path: NodePath): boolean {
  if (call?.type !== "CallExpression") return false;
  const { callee } = call;
  if (callee.type === "MemberExpression" && memberName(callee) === "readFile") {
    const object = callee.object;
    if (object.type === "Identifier") return isModuleBinding(path, object.name, "fs/promises");
    return (
      object.type === "MemberExpression" &&
      memberName(object) === "promises" &&
      object.object.type === "Identifier" &&
      isModuleBinding(path, object.object.name, "fs")
    );
  }
  if (callee.type === "CallExpression" && callee.arguments.length === 1) {
    const [api] = callee.arguments;
    const promisify = callee.callee;
    const isPromisify =
      (promisify.type === "Identifier" && isModuleMemberBinding(path, promisify.name, "util", "promisify")) ||
      (promisify.type === "MemberExpression" &&
        memberName(promisify) === "promisify" &&
        promisify.object.type === "Identifier" &&
        isModuleBinding(path, promisify.object.name, "util"));
    return (
      isPromisify &&
      api?.type === "MemberExpression" &&
      memberName(api) === "readFile" &&
      api.object.type === "Identifier" &&
      isModuleBinding(path, api.object.name, "fs")
    );
  }
  return false;
}

/**
 * The expression is certainly data the fs.promises twins of writeFile/appendFile write as the callback
 * API does: a string, Buffer, TypedArray or DataView, or a primitive both reject alike (a number, a
 * boolean, undefined), never an array, Set, generator, `new String()` or stream (which only the twin
 * writes). Literals, operators, templates, `String(x)`, `JSON.stringify`, `Buffer.from`, typed array
 * constructors, string methods (`.join`, `.trim`, `.toString`), an awaited file read, a TypeScript
 * parameter typed `string`/`Buffer`, and names whose every value is one of those.
 */
export function isProvablyData(expression: Value, path: NodePath, depth = 0): boolean {
  if (!expression || depth > 4) return false;
  switch (expression.type) {
    case "StringLiteral":
    case "TemplateLiteral":
    case "NumericLiteral":
    case "BooleanLiteral":
    case "NullLiteral":
    case "BigIntLiteral":
    case "BinaryExpression":
    case "UnaryExpression":
    case "UpdateExpression":
      return true;
    case "ConditionalExpression":
      return (
        isProvablyData(expression.consequent, path, depth + 1) && isProvablyData(expression.alternate, path, depth + 1)
      );
    case "LogicalExpression":
      return isProvablyData(expression.left, path, depth + 1) && isProvablyData(expression.right, path, depth + 1);
    case "TSAsExpression":
    case "TSNonNullExpression":
    case "TSSatisfiesExpression":
    case "TypeCastExpression":
      return isProvablyData(expression.expression, path, depth + 1);
    case "AwaitExpression":
      return isFileRead(expression.argument, path);
    case "NewExpression":
      return (
        expression.callee.type === "Identifier" &&
        TYPED_ARRAYS.has(expression.callee.name) &&
        isGlobal(path, expression.callee.name)
      );
    case "CallExpression": {
      const callee = expression.callee;
      if (callee.type === "Identifier") return callee.name === "String" && isGlobal(path, "String");
      if (callee.type !== "MemberExpression") return false;
      const method = memberName(callee);
      if (method === null) return false;
      const object = callee.object;
      if (object.type === "Identifier" && object.name === "JSON" && isGlobal(path, "JSON"))
        return method === "stringify";
      if (object.type === "Identifier" && object.name === "Buffer" && isGlobal(path, "Buffer"))
        return BUFFER_MAKERS.has(method);
      // A method gives a string only on a receiver whose method it is: a string, a Buffer, a number, an
      // array (`.join`, `.toString`). A user's object may have a `join` that returns anything.
      if (!STRING_METHODS.has(method)) return false;
      return (
        isProvablyData(object, path, depth + 1) ||
        (ARRAY_STRING_METHODS.has(method) && isProvablyArray(object, path, depth + 1))
      );
    }
    case "Identifier": {
      if (expression.name === "undefined") return isGlobal(path, "undefined");
      const found = bindingValues(path, expression.name);
      if (!found) {
        const binding = bindingOf(path, expression.name);
        return binding?.kind === "param" && isStringTyped(binding.node.typeAnnotation);
      }
      return !found.other && found.values.every(({ value, at }) => isProvablyData(value, at, depth + 1));
    }
    default:
      return false;
  }
}

/**
 * The expression is certainly a path fs.exists can validate, so that it calls back later, not at once:
 * a string without a NUL byte made of literals (an empty one is valid, and not found), numbers,
 * `__dirname`/`__filename` and `path.join`/`resolve`/... of those, or a `const` holding one.
 */
export function isProvablyValidPath(expression: Value, path: NodePath, depth = 0): boolean {
  if (!expression || depth > 4) return false;
  const nulFree = (text: string | null | undefined) => typeof text === "string" && !text.includes("\0");
  const part = (node: t.Node) => node.type === "NumericLiteral" || isProvablyValidPath(node, path, depth + 1);
  switch (expression.type) {
    case "StringLiteral":
      return nulFree(expression.value);
    case "TemplateLiteral":
      return expression.quasis.every((quasi) => nulFree(quasi.value.cooked)) && expression.expressions.every(part);
    case "BinaryExpression":
      return (
        expression.operator === "+" &&
        (isProvablyValidPath(expression.left, path, depth + 1) ||
          isProvablyValidPath(expression.right, path, depth + 1)) &&
        part(expression.left) &&
        part(expression.right)
      );
    case "CallExpression": {
      const callee = expression.callee;
      if (callee.type !== "MemberExpression" || callee.object.type !== "Identifier") return false;
      if (!PATH_FUNCTIONS.has(memberName(callee) ?? "")) return false;
      return (
        isModuleBinding(path, callee.object.name, "path") &&
        expression.arguments.every((arg) => isProvablyValidPath(arg, path, depth + 1))
      );
    }
    case "Identifier": {
      if ((expression.name === "__filename" || expression.name === "__dirname") && isGlobal(path, expression.name))
        return true;
      const binding = bindingOf(path, expression.name);
      return binding?.kind === "const" && isProvablyValidPath(binding.init, binding.at, depth + 1);
    }
    default:
      return false;
  }
}
