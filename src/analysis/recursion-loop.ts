// A loop written as recursion over callbacks, once its step has been flattened:
//
//   function next() {                         async function next() {
//     if (i === files.length) return cb();      if (i === files.length) return cb();
//     fs.stat(files[i++], function (err) {  ->  try { await ... } catch (err) { return cb(err); }
//       if (err) return cb(err);                next();
//       next();                               }
//     });                                     next();
//   }
//   next();
//
// The step (a function declaration, or a named function expression called on the spot) runs once,
// then again from its own last statement, and nowhere else: its body can run in a `while (true)` in place
// of the first call, each next call becoming the assignment of its parameters.
import { countReferences } from "./error-first";
import { isFunctionNode, LOOP_STATEMENTS, usesArguments, usesThis, walkOwnBody } from "./functions";
import { patternNames } from "./patterns";
import { walk, walkWithAncestors } from "./walk";

export interface RecursionLoop {
  /** The step function, and the statement that declares it (null for a function expression called on the spot). */
  step: any;
  declaration: any | null;
  /** The first call's statement, which the loop replaces, and its arguments. */
  start: any;
  initial: any[];
  /** The step's last statement, the next call, and its arguments. */
  again: any;
  next: any[];
}

function selfCall(statement: any, name: string): any[] | null {
  const call = statement?.type === "ExpressionStatement" ? statement.expression : null;
  if (call?.type !== "CallExpression" || call.callee.type !== "Identifier" || call.callee.name !== name) return null;
  return call.arguments.some((arg: any) => arg.type === "SpreadElement") ? null : call.arguments;
}

/** `break` / `continue` that would bind to the new loop: not inside a loop or switch of the body. */
function breaksOut(body: any[]): boolean {
  let found = false;
  for (const statement of body) {
    walkWithAncestors(statement, (node, ancestors) => {
      if (found || isFunctionNode(node)) return false;
      if (node.type !== "BreakStatement" && node.type !== "ContinueStatement") return;
      const inLoop = ancestors.some((around) => LOOP_STATEMENTS.has(around.type));
      const inSwitch = ancestors.some((around) => around.type === "SwitchStatement");
      if (node.label || (node.type === "ContinueStatement" ? !inLoop : !inLoop && !inSwitch)) found = true;
    });
  }
  return found;
}

/** Some statement of the body, on every path, awaits: each turn of the loop yields, as each step did. */
function awaitsOnEveryTurn(body: any[]): boolean {
  return body.some((statement) => {
    const where = statement.type === "TryStatement" ? statement.block : statement;
    if (
      where.type === "IfStatement" ||
      where.type === "SwitchStatement" ||
      LOOP_STATEMENTS.has(where.type) ||
      where.type === "LabeledStatement"
    )
      return false;
    let found = false;
    walkOwnBody(where, (node) => void (found ||= node.type === "AwaitExpression"), false);
    return found;
  });
}

/** The turn's `var` declarations, all at its top level, each name once (and none a parameter's) and not used before it. */
function varsCanBeLet(turn: any[], params: string[]): boolean {
  // A `var` of a parameter's name is the parameter itself: as `let` it would be another variable.
  const seen = new Set<string>(params);
  for (let i = 0; i < turn.length; i++) {
    const statement = turn[i];
    const topLevel = statement.type === "VariableDeclaration" && statement.kind === "var";
    let nested = false;
    walk(statement, (node) => {
      if (isFunctionNode(node)) return false;
      if (node !== statement && node.type === "VariableDeclaration" && node.kind === "var") nested = true;
      if (node.type === "FunctionDeclaration") nested = true;
    });
    if (nested) return false;
    if (!topLevel) continue;
    for (const declarator of statement.declarations) {
      for (const name of patternNames(declarator.id)) {
        if (seen.has(name)) return false;
        seen.add(name);
        const before = { type: "BlockStatement", body: turn.slice(0, i) };
        if (countReferences(before, name) > 0 || (declarator.init && countReferences(declarator.init, name) > 0))
          return false;
      }
    }
  }
  return true;
}

/** Names the body declares with `var` or as functions (they would be shared by all turns, and by the enclosing function). */
function hoistedNames(body: any[]): string[] {
  const names: string[] = [];
  for (const statement of body) {
    walk(statement, (node) => {
      if (isFunctionNode(node)) {
        if (node.type === "FunctionDeclaration" && node.id) names.push(node.id.name);
        return false;
      }
      if (node.type === "VariableDeclaration" && node.kind === "var")
        node.declarations.forEach((d: any) => names.push(...patternNames(d.id)));
    });
  }
  return names;
}

/**
 * The recursion loop whose first call `start` ends `outer`'s body (`outer` is a function this run made
 * async, or may make async), or why it is not one that can become a loop; null when `start` is no call
 * of a step function declared in `outer` (or called on the spot) that ends by calling itself.
 */
export function recursionLoopAt(outer: any, start: any): RecursionLoop | { reason: string } | null {
  const body: any[] = outer.body?.type === "BlockStatement" ? outer.body.body : [];
  if (
    body[body.length - 1] !== start ||
    start?.type !== "ExpressionStatement" ||
    start.expression.type !== "CallExpression"
  )
    return null;
  const callee = start.expression.callee;
  let step: any;
  let declaration: any = null;
  let name: string;
  if (callee.type === "Identifier") {
    name = callee.name;
    declaration = body.find((statement) => statement.type === "FunctionDeclaration" && statement.id?.name === name);
    step = declaration;
  } else if (callee.type === "FunctionExpression" && callee.id) {
    step = callee;
    name = callee.id.name;
  } else return null;
  if (!step?.async || step.generator || step.body?.type !== "BlockStatement") return null;
  const initial = start.expression.arguments;
  const stepBody: any[] = step.body.body;
  const again = stepBody[stepBody.length - 1];
  const next = selfCall(again, name);
  if (!next) return null;
  // From here on it is such a loop; what does not fit is a reason.
  if (
    initial.some((arg: any) => arg.type === "SpreadElement") ||
    next.length > step.params.length ||
    initial.length > step.params.length
  )
    return { reason: "recursion-arguments-differ" };
  if (step.params.some((param: any) => param.type !== "Identifier" || param.optional))
    return { reason: "recursion-parameters-not-simple" };
  // The step's name: its declaration (or own name), the first call, the next call; nothing else.
  // (A function expression's own name is bound inside it only.)
  const usedOnlyThere = declaration
    ? countReferences(outer.body, name) === 3
    : countReferences(outer.body, name) === 0 && countReferences(step.body, name) === 1;
  if (!usedOnlyThere) return { reason: "recursion-step-used-elsewhere" };
  if (usesThis(step) || usesArguments(step)) return { reason: "recursion-step-uses-this-or-arguments" };
  // `'use strict'` in the step would not hold in the loop.
  if (step.body.directives?.length) return { reason: "recursion-step-has-directive" };
  const turn = stepBody.slice(0, -1);
  // Each call had fresh `var`s: as `let` in the loop's body they are fresh on each turn, if each is
  // declared at the top of the turn, once, and not read before its declaration.
  if (
    !varsCanBeLet(
      turn,
      step.params.map((param: any) => param.name),
    )
  )
    return { reason: "recursion-step-var-not-at-top" };
  if (breaksOut(turn)) return { reason: "recursion-step-breaks-out" };
  if (!awaitsOnEveryTurn(turn)) return { reason: "recursion-step-may-not-yield" };
  // Each call had its own parameters and `var`s: a function created in the body could see a later turn's.
  const own = [...step.params.map((param: any) => param.name), ...hoistedNames(turn)];
  let captured = false;
  walk({ type: "BlockStatement", body: turn }, (node) => {
    if (!isFunctionNode(node)) return;
    captured ||= own.some((n) => countReferences(node, n) > 0);
    return false;
  });
  if (captured) return { reason: "recursion-step-captured-by-closure" };
  // They move into the enclosing function: none of them may mean anything there already.
  const outside = {
    type: "BlockStatement",
    body: body.filter((statement) => statement !== declaration && statement !== start),
  };
  let clash = own.some((n) => countReferences(outside, n) > 0) || own.some((n) => countReferences(start, n) > 0);
  if (outer.params.some((param: any) => patternNames(param).some((n: string) => own.includes(n)))) clash = true;
  if (clash) return { reason: "name-collision" };
  return { step, declaration, start, initial, again, next };
}
