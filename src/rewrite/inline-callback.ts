// Following a named callback: `api(args, onDone)` with `onDone` declared once, used once, becomes
// `api(args, function (err, value) {...})` when that keeps every name meaning the same.
import { scopeOf } from "../analysis/scopes";
import type { API, ASTPath } from "jscodeshift";
import { isDeclaredInBlock, isStrictAt } from "../analysis/functions";
import { walkWithKeys } from "../analysis/walk";

/**
 * The one `function name` declaration of the tree, as the keys that lead to it, when `name` is mentioned
 * exactly twice in all (that declaration and one use); null otherwise. One plain walk: this is asked for
 * every call that ends in a name, and a search with ast-types' path visitor costs far more.
 */
function soleDeclarationKeys(tree: any, name: string): (string | number)[] | null {
  let declarations = 0;
  let mentions = 0;
  let found: (string | number)[] | null = null;
  walkWithKeys(tree, (node, keys) => {
    if (mentions > 2 || declarations > 1) return false;
    if (node.type === "FunctionDeclaration" && node.id?.name === name) {
      declarations++;
      found = [...keys];
    }
    if ((node.type === "Identifier" || node.type === "JSXIdentifier") && node.name === name) mentions++;
  });
  return declarations === 1 && mentions === 2 ? found : null;
}

/** soleDeclarationKeys for every name at once, for a tree that stays as it is (or is put back) between questions. */
export type DeclarationIndex = (name: string) => (string | number)[] | null;

/**
 * One walk answers soleDeclarationKeys for every name: for a pass that asks about many calls and
 * changes nothing it does not undo (a dry pass), where a walk per call would cost O(calls x file).
 */
export function declarationIndex(tree: any): DeclarationIndex {
  const mentions = new Map<string, number>();
  const declarations = new Map<string, (string | number)[][]>();
  walkWithKeys(tree, (node, keys) => {
    if (node.type === "FunctionDeclaration" && node.id) {
      const list = declarations.get(node.id.name) ?? [];
      list.push([...keys]);
      declarations.set(node.id.name, list);
    }
    if (node.type === "Identifier" || node.type === "JSXIdentifier")
      mentions.set(node.name, (mentions.get(node.name) ?? 0) + 1);
  });
  return (name) => {
    const found = declarations.get(name);
    return found?.length === 1 && mentions.get(name) === 2 ? found[0] : null;
  };
}

/**
 * `api(args, onDone)` with `function onDone(err, value) {...}` declared in the file and used only here:
 * the declaration moves into the call as a function expression, when every name it reads means the
 * same at the call as where it was declared. Returns the way back, for when the conversion does not
 * go through after all.
 */
export function inlineNamedCallback(
  j: API["jscodeshift"],
  root: any,
  call: ASTPath<any>,
  names?: DeclarationIndex,
): { undo: () => void } | null {
  const args = call.node.arguments;
  const last = args[args.length - 1];
  if (last?.type !== "Identifier") return null;
  const name = last.name;
  // Declared once, and used only here: the identifier here is the only mention besides the declaration's own name.
  const keys = names ? names(name) : soleDeclarationKeys(root.get().node, name);
  if (!keys) return null;
  const declaration = root.get().get(...keys);
  const fn = declaration.node;
  // (An index of an earlier state of the tree would lead elsewhere: then nothing is inlined.)
  if (fn?.type !== "FunctionDeclaration" || fn.id?.name !== name) return null;
  if (fn.async || fn.generator) return null;
  // A declaration in a block is visible outside it only in sloppy code (Annex B): not a plain move.
  if (isDeclaredInBlock(declaration)) return null;
  // Sloppy code moved into strict code (a class, a "use strict" function) changes meaning, and back.
  if (isStrictAt(declaration) !== isStrictAt(call)) return null;
  const scopeAtCall = scopeOf(call);
  const scopeAtDeclaration = declaration.scope?.parent;
  if (!scopeAtCall || !scopeAtDeclaration || scopeAtCall.lookup(name) !== scopeAtDeclaration) return null;
  let sameMeaning = true;
  j(declaration)
    .find(j.Identifier)
    .forEach((id: any) => {
      const parent = id.parentPath?.node;
      if (
        (parent?.type === "MemberExpression" && parent.property === id.node && !parent.computed) ||
        (parent?.type === "ObjectProperty" && parent.key === id.node && !parent.computed)
      )
        return;
      const owner = id.scope?.lookup(id.node.name);
      // Bound inside the function itself: moves with it.
      for (let scope = owner; scope; scope = scope.parent) if (scope.node === fn) return;
      if ((scopeAtCall.lookup(id.node.name) ?? null) !== (scopeAtDeclaration.lookup(id.node.name) ?? null))
        sameMeaning = false;
    });
  if (!sameMeaning) return null;

  const expression = j.functionExpression(null, fn.params, fn.body);
  expression.comments = fn.comments;
  const index = args.length - 1;
  const container = declaration.parentPath;
  const at = container.value.indexOf(fn);
  declaration.prune();
  call.get("arguments", index).replace(expression);
  return {
    undo: () => {
      call.get("arguments", index).replace(last);
      container.insertAt(at, fn);
    },
  };
}
