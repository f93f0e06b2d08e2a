// A callback handed on as it is (`fs.unlink(p, cb)`, `cb` the caller's): the call may as well take a
// function that calls `cb` as the API would, provided `cb` still names the same function when the API
// calls back as when the call was made.
import type * as t from "@babel/types";
import type { ASTPath } from "jscodeshift";
import { CALLBACK_PARAMETER_NAME } from "../knowledge/callback-conventions";
import { isFunctionNode, usesArguments, usesEval } from "./functions";
import { patternNames } from "./patterns";
import { walk, walkWithAncestors } from "./walk";

type Owner = t.Function | t.Program;

const isFunction = (node: t.Node | null | undefined): node is t.Function => isFunctionNode(node);

/** The body statements of a function or program. */
function bodyStatements(node: Owner): t.Statement[] {
  return node.type === "Program" ? node.body : node.body.type === "BlockStatement" ? node.body.body : [];
}

/** What writes a name: an assignment, an update, a loop's head, a declaration with a value. */
function writtenNames(node: t.Node): string[] {
  switch (node.type) {
    case "AssignmentExpression":
      return patternNames(node.left);
    case "UpdateExpression":
      return node.argument.type === "Identifier" ? [node.argument.name] : [];
    case "ForInStatement":
    case "ForOfStatement":
      return node.left.type === "VariableDeclaration" ? [] : patternNames(node.left);
    case "VariableDeclarator":
      return node.init ? patternNames(node.id) : [];
    default:
      return [];
  }
}

const bindsAsParameter = (fn: t.Function, name: string) => fn.params.some((p) => patternNames(p).includes(name));

/**
 * `name`, the last argument of `call`, names a callback that holds the same function from the call until
 * the API calls back: it is called somewhere (or named like a callback), and it is never written, or only
 * by the first statements of the function (or program) declaring it, before any function of that
 * function can run.
 */
export function isStableHandedCallback(call: ASTPath<t.CallExpression>, name: string): boolean {
  const found: t.Node | undefined = call.scope?.lookup(name)?.path?.node;
  // (A block's `let` is not followed: the function around runs the block more than once.)
  if (!found || (!isFunction(found) && found.type !== "Program")) return false;
  const owner: Owner = found;
  // `arguments[1] = f` (sloppy code) or `eval` may write the name where no assignment shows.
  if (usesEval(owner) || (isFunction(owner) && owner.type !== "ArrowFunctionExpression" && usesArguments(owner)))
    return false;
  // A function expression's own name: that function, for good (writing to it does nothing).
  if (owner.type === "FunctionExpression" && owner.id?.name === name)
    return !bindsAsParameter(owner, name) && !declaresInBody(owner, name);
  // Calls and writes of this binding: a function inside that binds the name again is another binding.
  const rebinds = (node: t.Node) =>
    node !== owner && isFunction(node) && (bindsAsParameter(node, name) || declaresInBody(node, name));
  let called = false;
  const writes: t.Node[][] = [];
  walkWithAncestors(owner, (node: t.Node, ancestors: readonly t.Node[]) => {
    if (rebinds(node)) return false;
    if (node.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === name) called = true;
    if (writtenNames(node).includes(name)) writes.push([...ancestors]);
  });
  if (!called && !CALLBACK_PARAMETER_NAME.test(name)) return false;
  if (writes.length === 0) return true;
  // Every write in a statement of the owner's own body, those statements first, none of them naming a
  // function the owner declares (which could run the call before the writes end; a function written
  // there reaches the call only through one).
  const statements = bodyStatements(owner);
  let last = -1;
  for (const ancestors of writes) {
    const below = ancestors.slice(ancestors.indexOf(owner) + 1);
    if (below.some(isFunction)) return false;
    const index = statements.findIndex((statement) => below.includes(statement));
    if (index === -1) return false;
    last = Math.max(last, index);
  }
  const declared = new Set(
    statements.flatMap((statement) =>
      statement.type === "FunctionDeclaration" && statement.id ? [statement.id.name] : [],
    ),
  );
  for (const statement of statements.slice(0, last + 1)) {
    let reaches = false;
    walk(statement, (node: t.Node) => {
      if (node.type === "Identifier" && declared.has(node.name)) reaches = true;
    });
    if (reaches) return false;
  }
  // The call itself runs after them: in a later statement, or in a function the owner declares.
  const around: t.Node[] = [];
  for (let path: ASTPath | null = call.parentPath; path && path.node !== owner; path = path.parentPath)
    around.push(path.node as t.Node);
  const at = statements.findIndex((statement) => around.includes(statement));
  return at > last || statements[at]?.type === "FunctionDeclaration";
}

/** `name` declared by `var`/`let`/`const`/`function` in the function's own body (not nested functions). */
function declaresInBody(fn: t.Function, name: string): boolean {
  let found = false;
  walk(fn.body, (node: t.Node) => {
    if (node !== fn.body && isFunction(node)) {
      if (node.type === "FunctionDeclaration" && node.id?.name === name) found = true;
      return false;
    }
    if (node.type === "VariableDeclarator" && patternNames(node.id).includes(name)) found = true;
  });
  return found;
}
