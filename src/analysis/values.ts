// What a value provably is, from the code alone.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { ASTPath } from "jscodeshift";
import { requiredModule } from "./module-bindings";

const PATH_FUNCTIONS = new Set(["join", "resolve", "normalize", "relative", "basename", "dirname", "format", "toNamespacedPath"]);
const PATH_TYPE_NAMES = new Set(["URL", "Buffer", "PathLike", "PathOrFileDescriptor"]);

function isStringTyped(annotation: any): boolean {
  const type = annotation?.typeAnnotation;
  if (!type) return false;
  if (type.type === "TSStringKeyword" || type.type === "StringTypeAnnotation") return true;
  if (type.type === "TSTypeReference" || type.type === "GenericTypeAnnotation") {
    const name = type.typeName?.name ?? type.typeName?.right?.name ?? type.id?.name;
    // fs.PathLike is string | Buffer | URL (PathOrFileDescriptor admits numbers, so it is not here).
    return name !== "PathOrFileDescriptor" && PATH_TYPE_NAMES.has(name);
  }
  return false;
}

/** The binding's declaration node for `name` as seen from `path`: a declarator, a parameter, or null. */
function bindingOf(path: ASTPath<any>, name: string): { kind: "const"; init: any; at: ASTPath<any> } | { kind: "param"; node: any } | null {
  const scope = (path as any).scope?.lookup(name);
  const bindings = scope?.getBindings()[name];
  if (!bindings || bindings.length !== 1) return null;
  const idPath = bindings[0];
  const parent = idPath.parentPath?.node;
  if (parent?.type === "VariableDeclarator" && parent.id === idPath.node) {
    const declaration = idPath.parentPath.parentPath?.parentPath?.node;
    if (declaration?.type === "VariableDeclaration" && declaration.kind === "const") return { kind: "const", init: parent.init, at: idPath.parentPath };
    return null;
  }
  const owner = idPath.parentPath?.parentPath?.node;
  if (owner && Array.isArray(owner.params) && owner.params.includes(idPath.node)) return { kind: "param", node: idPath.node };
  return null;
}

/**
 * The expression is certainly a path (string, Buffer or URL), never a numeric file descriptor:
 * literals, string concatenation, `path.*` calls, `__filename`/`__dirname`, `new URL`, a `const`
 * holding one of those, or a parameter typed `string`/`URL`/`Buffer`/`PathLike`.
 */
export function isProvablyPath(expression: any, path: ASTPath<any>, depth = 0): boolean {
  if (!expression || depth > 4) return false;
  switch (expression.type) {
    case "StringLiteral":
    case "TemplateLiteral":
      return true;
    case "BinaryExpression":
      return expression.operator === "+" && [expression.left, expression.right].some((side: any) => side.type === "StringLiteral" || side.type === "TemplateLiteral");
    case "NewExpression":
      return expression.callee.type === "Identifier" && expression.callee.name === "URL";
    case "CallExpression": {
      const callee = expression.callee;
      if (callee.type !== "MemberExpression" || callee.computed || callee.object.type !== "Identifier" || !PATH_FUNCTIONS.has(callee.property.name)) return false;
      const binding = bindingOf(path, callee.object.name);
      return binding?.kind === "const" && requiredModule(binding.init) === "path";
    }
    case "Identifier": {
      if ((expression.name === "__filename" || expression.name === "__dirname") && !(path as any).scope?.lookup(expression.name)) return true;
      const binding = bindingOf(path, expression.name);
      if (!binding) return false;
      if (binding.kind === "param") return isStringTyped(binding.node.typeAnnotation);
      return isProvablyPath(binding.init, binding.at, depth + 1);
    }
    default:
      return false;
  }
}

/** The options argument provably lacks `key`: absent, a string or number, or an object literal without it (and no spread). */
export function optionProvablyAbsent(arg: any, key: string): boolean {
  if (!arg || arg.type === "StringLiteral" || arg.type === "TemplateLiteral" || arg.type === "NumericLiteral") return true;
  if (arg.type !== "ObjectExpression") return false;
  return arg.properties.every((property: any) => property.type === "ObjectProperty" && !property.computed && (property.key.name ?? property.key.value) !== key);
}
