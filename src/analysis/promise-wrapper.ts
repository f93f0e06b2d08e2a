// Hand-written promise wrappers of one callback call:
//   new Promise((resolve, reject) => api(args, (err, value) => err ? reject(err) : resolve(value)))
// and its common spellings (`if (err) reject(err); else resolve(value);`, `if (err) return reject(err);
// resolve(value);`, braces, `function` literals). Only the wrapper that does nothing else is one whose
// promise is util.promisify's: the executor makes the one call, the callback tests its error for
// truthiness and settles with it or with one of its values.
import { declaringScope } from "./scopes";
import type { ASTPath } from "jscodeshift";
import { countReferences, isFunctionLiteral } from "./error-first";
import { isFunctionNode } from "./functions";
import { refersToModuleBinding } from "./module-bindings";
import { walk } from "./walk";

export interface PromiseWrapper {
  /** The one call the executor makes; its last argument is `callback`. */
  call: any;
  callback: any;
  /** Which of the callback's values (after the error) resolves the promise; null when resolve gets none. */
  resolvedValue: number | null;
}

const PROMISE_METHODS = new Set(["then", "catch", "finally"]);

const isName = (node: any, name: string): boolean => node?.type === "Identifier" && node.name === name;

/** A call of `name` as a statement: `f(x);`, `return f(x);`, `{ f(x); }`, `{ f(x); return; }`. */
function statementCall(statement: any, name: string): any | null {
  let node = statement;
  if (node?.type === "BlockStatement") {
    const [first, second] = node.body;
    if (node.body.length === 2 && !(second.type === "ReturnStatement" && !second.argument)) return null;
    if (node.body.length > 2 || !first) return null;
    node = first;
  }
  const call =
    node?.type === "ExpressionStatement" ? node.expression : node?.type === "ReturnStatement" ? node.argument : null;
  return call?.type === "CallExpression" && isName(call.callee, name) ? call : null;
}

type Dispatch = { reject: any; resolve: any } | null;

/** The callback body's error test and its two calls, in one of the spellings above. */
function dispatchOf(callback: any, err: string, resolve: string, reject: string): Dispatch {
  const body = callback.body;
  const conditional = (node: any): Dispatch => {
    if (node?.type !== "ConditionalExpression" || !isName(node.test, err)) return null;
    const rejected = node.consequent;
    const resolved = node.alternate;
    if (
      rejected.type !== "CallExpression" ||
      !isName(rejected.callee, reject) ||
      resolved.type !== "CallExpression" ||
      !isName(resolved.callee, resolve)
    )
      return null;
    return { reject: rejected, resolve: resolved };
  };
  if (body.type !== "BlockStatement") return conditional(body);
  const [first, second] = body.body;
  if (body.body.length === 1) {
    if (first.type === "ExpressionStatement") return conditional(first.expression);
    if (first.type === "ReturnStatement") return conditional(first.argument);
    if (first.type !== "IfStatement" || !isName(first.test, err) || !first.alternate) return null;
    const rejected = statementCall(first.consequent, reject);
    const resolved = statementCall(first.alternate, resolve);
    return rejected && resolved ? { reject: rejected, resolve: resolved } : null;
  }
  // `if (err) return reject(err); resolve(v);`, and without the return: resolving a rejected promise does nothing.
  if (body.body.length === 2 && first.type === "IfStatement" && isName(first.test, err) && !first.alternate) {
    const rejected = statementCall(first.consequent, reject);
    const resolved = statementCall(second, resolve);
    return rejected && resolved ? { reject: rejected, resolve: resolved } : null;
  }
  return null;
}

/** The executor's one call whose last argument is a function literal, or null: no wrapper of a callback call. */
function innerCallbackCall(executor: any): any | null {
  let found: any = null;
  walk(executor.body, (node) => {
    if (found) return false;
    if (node.type === "CallExpression" && isFunctionLiteral(node.arguments[node.arguments.length - 1])) found = node;
  });
  return found;
}

/**
 * `new Promise(executor)` wrapping a callback call: the wrapper, or why it is not a plain one; null
 * when it wraps no callback call (a timer resolved by name, an event) and is no site.
 */
export function promiseWrapperOf(node: any): PromiseWrapper | { reason: string } | null {
  if (node.type !== "NewExpression" || !isName(node.callee, "Promise") || node.arguments.length !== 1) return null;
  const [executor] = node.arguments;
  if (!isFunctionLiteral(executor) || !innerCallbackCall(executor)) return null;
  const [resolveParam, rejectParam] = executor.params;
  if (executor.params.length !== 2 || resolveParam.type !== "Identifier" || rejectParam.type !== "Identifier")
    return { reason: "wrapper-executor-parameters" };
  const resolve: string = resolveParam.name;
  const reject: string = rejectParam.name;
  // The executor is the one call: `(resolve, reject) => api(...)` or a body of just that statement.
  const body = executor.body;
  const statement = body.type === "BlockStatement" && body.body.length === 1 ? body.body[0] : null;
  const call =
    body.type === "CallExpression"
      ? body
      : statement?.type === "ExpressionStatement"
        ? statement.expression
        : statement?.type === "ReturnStatement"
          ? statement.argument
          : null;
  if (
    executor.async ||
    executor.generator ||
    call?.type !== "CallExpression" ||
    !isFunctionLiteral(call.arguments[call.arguments.length - 1])
  )
    return { reason: "wrapper-executor-does-more" };
  // `new Promise((resolve, reject) => p.then(resolve).catch(...))`: a promise wrapped in another, no callback.
  if (
    call.callee.type === "MemberExpression" &&
    !call.callee.computed &&
    PROMISE_METHODS.has(call.callee.property.name)
  )
    return { reason: "wrapper-of-a-promise" };
  const callback = call.arguments[call.arguments.length - 1];
  const params: any[] = callback.params;
  if (
    callback.async ||
    callback.generator ||
    params.length === 0 ||
    params.some((param) => param.type !== "Identifier" || param.name === resolve || param.name === reject)
  )
    return { reason: "wrapper-callback-does-more" };
  const err: string = params[0].name;
  const dispatch = dispatchOf(callback, err, resolve, reject);
  if (!dispatch || dispatch.reject.arguments.length !== 1 || !isName(dispatch.reject.arguments[0], err))
    return { reason: "wrapper-callback-does-more" };
  // The error only tested and passed on; resolve and reject called there and nowhere else.
  if (countReferences(callback.body, err) !== 2) return { reason: "wrapper-callback-does-more" };
  if (countReferences(executor.body, resolve) !== 1 || countReferences(executor.body, reject) !== 1)
    return { reason: "wrapper-resolves-elsewhere" };
  const resolvedWith: any[] = dispatch.resolve.arguments;
  if (resolvedWith.length === 0) return { call, callback, resolvedValue: null };
  if (
    resolvedWith.length > 1 ||
    resolvedWith[0].type === "ArrayExpression" ||
    resolvedWith[0].type === "ObjectExpression"
  )
    return { reason: "wrapper-resolves-several-values" };
  const index = params.findIndex((param, position) => position > 0 && isName(resolvedWith[0], param.name));
  if (index === -1) return { reason: "wrapper-callback-does-more" };
  return { call, callback, resolvedValue: index - 1 };
}

/**
 * Where the wrapper stands, a synchronous throw of what replaces it shows as the same rejection: it is
 * awaited (`await new Promise(...)`: the await throws either way), or returned by an async function
 * outside any `try` (inside one, the throw would be caught where the rejection was returned).
 */
export function throwBecomesRejectionAt(path: ASTPath<any>): boolean {
  const parent = path.parent?.node;
  if (parent?.type === "AwaitExpression") return true;
  const returned =
    parent?.type === "ReturnStatement" || (parent?.type === "ArrowFunctionExpression" && parent.body === path.node);
  if (!returned) return false;
  for (let up = path.parent, below = path; up; below = up, up = up.parent) {
    if (isFunctionNode(up.node)) return Boolean(up.node.async);
    if (up.node.type === "TryStatement" && below.node !== up.node.finalizer) return false;
  }
  return false;
}

/** Names Node defines in every module; a CommonJS module's own are read only there. */
const NODE_GLOBALS = new Set(["undefined", "NaN", "Infinity", "process", "Buffer", "console", "globalThis"]);
const COMMONJS_GLOBALS = new Set(["__dirname", "__filename", "module", "exports", "require"]);

/**
 * Reading the name where `path` stands cannot throw: a global Node defines, or a binding that is not in
 * its temporal dead zone there (a `var`, a parameter, a function declaration, an import, or a
 * `let`/`const`/`class` declared before this point in the text).
 */
export function nameReadableAt(name: string, path: ASTPath<any>, commonJs: boolean): boolean {
  const scope = declaringScope(path, name);
  // `import fs = require("fs")` (no scope of ast-types has it) is set before the module's other code runs.
  if (!scope)
    return NODE_GLOBALS.has(name) || (commonJs && COMMONJS_GLOBALS.has(name)) || refersToModuleBinding(path, name);
  const binding = scope.getBindings()[name]?.[0];
  const declaration = binding?.parent?.node;
  if (!declaration) return false;
  if (declaration.type === "VariableDeclarator") {
    if (binding.parent.parent?.node?.kind === "var") return true;
  } else if (
    isFunctionNode(declaration) ||
    declaration.type.startsWith("Import") ||
    declaration.type === "CatchClause" ||
    declaration.type === "TSImportEqualsDeclaration"
  ) {
    return true;
  }
  const end = declaration.end ?? binding.node.end;
  const at = path.node.start;
  return typeof end === "number" && typeof at === "number" && end <= at;
}

/**
 * An argument whose evaluation cannot throw: a literal, a template without expressions (`${x}` calls
 * toString), a name readable where it stands (see nameReadableAt), a negated literal, arrays and object
 * literals of those.
 */
export function evaluatesWithoutThrowing(node: any, path: ASTPath<any>, commonJs: boolean): boolean {
  switch (node?.type) {
    case "StringLiteral":
    case "NumericLiteral":
    case "BooleanLiteral":
    case "NullLiteral":
      return true;
    case "TemplateLiteral":
      return node.expressions.length === 0;
    case "UnaryExpression":
      // `-x` may call x's valueOf; `!x` reads no property.
      return node.operator === "-"
        ? node.argument.type === "NumericLiteral"
        : node.operator === "!" && evaluatesWithoutThrowing(node.argument, path, commonJs);
    case "Identifier":
      return nameReadableAt(node.name, path, commonJs);
    case "ArrayExpression":
      return node.elements.every(
        (element: any) =>
          element && element.type !== "SpreadElement" && evaluatesWithoutThrowing(element, path, commonJs),
      );
    case "ObjectExpression":
      return node.properties.every(
        (property: any) =>
          property.type === "ObjectProperty" &&
          !property.computed &&
          evaluatesWithoutThrowing(property.value, path, commonJs),
      );
    default:
      return false;
  }
}
