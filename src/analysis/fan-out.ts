// A parallel fan-out with a pending counter, the hand-written Promise.all of callback code:
//
//   var results = [];
//   var pending = items.length;
//   if (!pending) return cb(null, results);
//   items.forEach(function (item, i) {
//     api(item, function (err, value) {
//       if (err) return cb(err);
//       results[i] = value;
//       if (--pending === 0) cb(null, results);
//     });
//   });
//
// Recognised only in this shape: the loop ends the function, each step is one error-first call, the
// callback stores into a local collection by key and nothing else, the counter is used for nothing but
// counting, and an empty list is answered before the loop (otherwise the callback never ran, and
// Promise.all([]) would resolve). Each spelling of the pieces below is one the code checks exactly.
import { countReferences, statementsOf } from "./error-first";
import { isFunctionNode, memberText, usesArguments, usesThis } from "./functions";
import { walk } from "./walk";

export interface FanOut {
  /** The `items.forEach(...)` statement, last in the function body. */
  loop: any;
  /** The function passed to forEach, and the one error-first call it makes. */
  iteratee: any;
  call: any;
  callback: any;
  /** The callback's error check, to become `if (err) throw err;`. */
  errorCheck: any;
  /** Statements of the callback that only counted (or guarded), removed. */
  bookkeeping: any[];
  /** `cb(null, results)`: called once all steps are done. */
  final: any;
  /** Declarations of the counter and the guard flag, removed when nothing else reads them. */
  declarations: any[];
  /** The empty-list answer before the loop, and the counter it may read (counting down from the length). */
  guard: any;
  counter: string;
  /** The list, as a chain of names: `items`, `this.items`. */
  listText: string;
  /** Two steps failing used to call back twice; the first error now wins alone. */
  laterErrorsDropped: boolean;
  /** The stores compute values with calls that could throw (an uncaught exception before). */
  storesMayThrow: boolean;
}

const isName = (node: any, name: string) => node?.type === "Identifier" && node.name === name;
const isCallOf = (node: any, name: string) => node?.type === "CallExpression" && isName(node.callee, name);

/** `cb(...)` or `return cb(...)` alone, or `cb(...); return;`: the call, else null. */
function callbackExit(statements: any[], cb: string): any {
  const [first, second] = statements;
  if (statements.length === 1 && first.type === "ReturnStatement" && isCallOf(first.argument, cb))
    return first.argument;
  if (statements.length === 1 && first.type === "ExpressionStatement" && isCallOf(first.expression, cb))
    return first.expression;
  if (
    statements.length === 2 &&
    first.type === "ExpressionStatement" &&
    isCallOf(first.expression, cb) &&
    second.type === "ReturnStatement" &&
    !second.argument
  )
    return first.expression;
  return null;
}

/** `flag = true;` */
function isFlagSet(statement: any, flag: string | null): boolean {
  if (!flag) return false;
  const e = statement?.type === "ExpressionStatement" ? statement.expression : null;
  return (
    e?.type === "AssignmentExpression" &&
    e.operator === "=" &&
    isName(e.left, flag) &&
    e.right.type === "BooleanLiteral" &&
    e.right.value
  );
}

/** `if (flag) return;` */
function guardFlagOf(statement: any): string | null {
  if (statement?.type !== "IfStatement" || statement.alternate || statement.test.type !== "Identifier") return null;
  const body = statementsOf(statement.consequent);
  return body.length === 1 && body[0].type === "ReturnStatement" && !body[0].argument ? statement.test.name : null;
}

/**
 * The error branch: `if (err) return cb(err);`, `if (err) { cb(err); return; }`, optionally setting a
 * guard flag first (`flag = true`), or guarded inside (`if (!flag) { flag = true; cb(err); } return;`).
 */
function errorBranch(check: any, err: string, cb: string): { guardedBy: string | null; checksFlag: boolean } | null {
  if (check?.type !== "IfStatement" || check.alternate || !isName(check.test, err)) return null;
  const body = statementsOf(check.consequent);
  const isErrorCall = (call: any) => call && call.arguments.length === 1 && isName(call.arguments[0], err);
  const plain = callbackExit(body, cb);
  if (isErrorCall(plain)) return { guardedBy: null, checksFlag: false };
  const setsFlag =
    body[0]?.type === "ExpressionStatement" && body[0].expression.type === "AssignmentExpression"
      ? body[0].expression.left
      : null;
  // Setting the flag guards only where something reads it (`if (failed) return;` first).
  if (
    setsFlag?.type === "Identifier" &&
    isFlagSet(body[0], setsFlag.name) &&
    isErrorCall(callbackExit(body.slice(1), cb))
  )
    return { guardedBy: setsFlag.name, checksFlag: false };
  // if (!flag) { flag = true; cb(err); } return;
  const [inner, exit] = body;
  if (
    body.length === 2 &&
    inner.type === "IfStatement" &&
    !inner.alternate &&
    inner.test.type === "UnaryExpression" &&
    inner.test.operator === "!" &&
    inner.test.argument.type === "Identifier" &&
    exit.type === "ReturnStatement" &&
    !exit.argument
  ) {
    const flag = inner.test.argument.name;
    const innerBody = statementsOf(inner.consequent);
    if (
      isFlagSet(innerBody[0], flag) &&
      innerBody.length === 2 &&
      innerBody[1].type === "ExpressionStatement" &&
      isErrorCall(innerBody[1].expression)
    )
      return { guardedBy: flag, checksFlag: true };
  }
  return null;
}

/** The counter's step and test: `--n === 0`, `!--n`, `++n === items.length`, or `n === 0` / `!n` after a separate step. */
function isCounterTest(test: any, counter: string, down: boolean, arrayText: string, stepped: boolean): boolean {
  const step = (node: any) =>
    stepped
      ? isName(node, counter)
      : node?.type === "UpdateExpression" &&
        node.prefix &&
        node.operator === (down ? "--" : "++") &&
        isName(node.argument, counter);
  if (test.type === "UnaryExpression" && test.operator === "!" && down) return step(test.argument);
  if (test.type !== "BinaryExpression" || (test.operator !== "===" && test.operator !== "==")) return false;
  const target = down
    ? (node: any) => node.type === "NumericLiteral" && node.value === 0
    : (node: any) => memberText(node) === `${arrayText}.length`;
  return (step(test.left) && target(test.right)) || (step(test.right) && target(test.left));
}

/** `n--;`, `--n;`, `n -= 1;` (or `++` / `+= 1` counting up). */
function isCounterStep(statement: any, counter: string, down: boolean): boolean {
  const e = statement?.type === "ExpressionStatement" ? statement.expression : null;
  if (e?.type === "UpdateExpression") return e.operator === (down ? "--" : "++") && isName(e.argument, counter);
  return (
    e?.type === "AssignmentExpression" &&
    e.operator === (down ? "-=" : "+=") &&
    isName(e.left, counter) &&
    e.right.type === "NumericLiteral" &&
    e.right.value === 1
  );
}

/** The answer to an empty list before the loop: `if (!n) return cb(null, results);` and its spellings. */
function isEmptyGuard(
  statement: any,
  counter: string,
  down: boolean,
  arrayText: string,
  cb: string,
  final: any,
): boolean {
  if (statement?.type !== "IfStatement" || statement.alternate) return false;
  const test = statement.test;
  const isEmptyValue = (node: any) => (down && isName(node, counter)) || memberText(node) === `${arrayText}.length`;
  const zero = (node: any) => node.type === "NumericLiteral" && node.value === 0;
  const empty =
    (test.type === "UnaryExpression" && test.operator === "!" && isEmptyValue(test.argument)) ||
    (test.type === "BinaryExpression" &&
      (test.operator === "===" || test.operator === "==") &&
      ((isEmptyValue(test.left) && zero(test.right)) || (isEmptyValue(test.right) && zero(test.left))));
  const body = statementsOf(statement.consequent);
  const exit = callbackExit(body, cb);
  return empty && body[body.length - 1]?.type === "ReturnStatement" && exit !== null && sameArguments(exit, final);
}

function sameArguments(a: any, b: any): boolean {
  const text = (call: any) =>
    call.arguments.map((arg: any) => (arg.type === "NullLiteral" ? "null" : memberText(arg))).join(",");
  return a.arguments.every((arg: any) => arg.type === "NullLiteral" || memberText(arg) !== null) && text(a) === text(b);
}

/** `var name = init;` among the statements, alone in its declaration: the declaration. */
function declarationOf(statements: any[], name: string): { statement: any; init: any } | null {
  for (const statement of statements) {
    if (statement.type !== "VariableDeclaration" || statement.kind === "const") continue;
    const found = statement.declarations.find((d: any) => isName(d.id, name));
    if (found) return statement.declarations.length === 1 ? { statement, init: found.init } : null;
  }
  return null;
}

/**
 * The fan-out ending `fn` (whose last parameter `cb` is its callback), a reason it is not one that can
 * convert, or null when the function does not end in `items.forEach(function ...)` at all.
 */
export function fanOutOf(fn: any): FanOut | { reason: string } | null {
  const cbParam = fn.params[fn.params.length - 1];
  const body: any[] = fn.body?.type === "BlockStatement" ? fn.body.body : [];
  const loop = body[body.length - 1];
  const loopCall = loop?.type === "ExpressionStatement" ? loop.expression : null;
  if (
    loopCall?.type !== "CallExpression" ||
    loopCall.callee.type !== "MemberExpression" ||
    loopCall.callee.computed ||
    !isName(loopCall.callee.property, "forEach")
  )
    return null;
  const iteratee = loopCall.arguments[0];
  if (
    cbParam?.type !== "Identifier" ||
    loopCall.arguments.length !== 1 ||
    !isFunctionNode(iteratee) ||
    iteratee.async ||
    iteratee.generator
  )
    return null;
  const cb: string = cbParam.name;
  const arrayText = memberText(loopCall.callee.object);
  const steps = statementsOf(iteratee.body);
  const stepCall =
    iteratee.body.type === "BlockStatement"
      ? steps.length === 1 && steps[0].type === "ExpressionStatement"
        ? steps[0].expression
        : null
      : iteratee.body;
  const callback = stepCall?.type === "CallExpression" ? stepCall.arguments[stepCall.arguments.length - 1] : null;
  const err = callback?.params?.[0];
  if (!callback || !isFunctionNode(callback) || err?.type !== "Identifier" || callback.body.type !== "BlockStatement")
    return null;
  // The step calls back the function's own callback: otherwise this is no fan-out of this function.
  if (countReferences(callback.body, cb) === 0) return null;
  // From here on it is a fan-out; what does not fit is a reason.
  if (!arrayText) return { reason: "fan-out-list-not-a-name" };
  if (
    iteratee.params.length > 2 ||
    iteratee.params.some((p: any) => p.type !== "Identifier") ||
    usesThis(iteratee) ||
    usesArguments(iteratee)
  )
    return { reason: "fan-out-step-not-simple" };

  const statements: any[] = callback.body.body;
  const check = statements[0];
  const leadingGuard = guardFlagOf(check);
  const errorCheck = leadingGuard ? statements[1] : check;
  const branch = errorBranch(errorCheck, err.name, cb);
  if (!branch || (leadingGuard && branch.guardedBy !== leadingGuard))
    return { reason: "fan-out-error-handling-not-recognized" };
  const flag = branch.guardedBy;

  // The end: the counter test, after an optional separate step, calling back with the results.
  const last = statements[statements.length - 1];
  const finalCall =
    last?.type === "IfStatement" && !last.alternate ? callbackExit(statementsOf(last.consequent), cb) : null;
  if (
    !finalCall ||
    finalCall.arguments.length > 2 ||
    (finalCall.arguments.length > 0 && finalCall.arguments[0].type !== "NullLiteral")
  )
    return { reason: "fan-out-completion-not-recognized" };
  const counterName = [...collectNames(last.test)].find((name) => declarationOf(body, name));
  const counterDeclaration = counterName ? declarationOf(body, counterName) : null;
  if (!counterName || !counterDeclaration) return { reason: "fan-out-completion-not-recognized" };
  const init = counterDeclaration.init;
  const down = memberText(init) === `${arrayText}.length`;
  if (!down && !(init?.type === "NumericLiteral" && init.value === 0))
    return { reason: "fan-out-completion-not-recognized" };
  const beforeLast = statements[statements.length - 2];
  const stepped = isCounterStep(beforeLast, counterName, down);
  if (!isCounterTest(last.test, counterName, down, arrayText, stepped))
    return { reason: "fan-out-completion-not-recognized" };
  const start = leadingGuard ? 2 : 1;
  const stores = statements.slice(start, statements.length - (stepped ? 2 : 1));

  // What runs before the loop: the empty-list answer, and nothing else reading the counter.
  const before = body.slice(0, -1);
  const guard = before.find((statement) => isEmptyGuard(statement, counterName, down, arrayText, cb, finalCall));
  if (!guard) return { reason: "fan-out-empty-list-not-answered" };
  const bookkeeping = [...(leadingGuard ? [check] : []), ...(stepped ? [beforeLast] : []), last];
  const counted = countReferences(fn.body, counterName);
  const expected = 1 + (stepped ? 1 : 0) + 1 + countReferences(guard, counterName);
  if (counted !== expected) return { reason: "fan-out-counter-used-elsewhere" };
  const declarations = [counterDeclaration.statement];
  if (flag) {
    const flagDeclaration = declarationOf(body, flag);
    const flagUses = countReferences(fn.body, flag);
    const inCallback = countReferences(callback.body, flag);
    if (
      !flagDeclaration ||
      flagUses !== inCallback + 1 ||
      flagDeclaration.init?.type !== "BooleanLiteral" ||
      flagDeclaration.init.value
    )
      return { reason: "fan-out-guard-used-elsewhere" };
    declarations.push(flagDeclaration.statement);
  }

  // The stores: `results[key] = value;` into a collection the function declared, nothing else.
  const [, resultsArg] = finalCall.arguments;
  const results = resultsArg?.type === "Identifier" ? resultsArg.name : null;
  for (const store of stores) {
    const e = store.type === "ExpressionStatement" ? store.expression : null;
    const target = e?.type === "AssignmentExpression" && e.operator === "=" ? e.left : null;
    if (target?.type !== "MemberExpression" || !target.computed || !results || !isName(target.object, results))
      return { reason: "fan-out-step-does-more-than-store" };
    if ([counterName, cb, flag].some((name) => name && countReferences(store, name) > 0))
      return { reason: "fan-out-step-does-more-than-store" };
  }
  if (results) {
    // A fresh collection of the function's own, seen by nothing but the stores and the final call.
    const declared = before.find(
      (s: any) =>
        s.type === "VariableDeclaration" && s.declarations.length === 1 && isName(s.declarations[0].id, results),
    );
    const init = declared?.declarations[0].init;
    const fresh =
      (init?.type === "ArrayExpression" && init.elements.length === 0) ||
      (init?.type === "ObjectExpression" && init.properties.length === 0);
    const uses = 1 + stores.length + countReferences(guard, results) + 1;
    if (!fresh || countReferences(fn.body, results) !== uses) return { reason: "fan-out-results-not-local" };
  } else if (stores.length) return { reason: "fan-out-step-does-more-than-store" };
  if (countReferences(callback.body, cb) !== countReferences(errorCheck, cb) + countReferences(last, cb))
    return { reason: "fan-out-error-handling-not-recognized" };
  let storesMayThrow = false;
  for (const store of stores)
    walk(store, (node) => void (storesMayThrow ||= node.type === "CallExpression" || node.type === "NewExpression"));
  return {
    loop,
    iteratee,
    call: stepCall,
    callback,
    errorCheck,
    bookkeeping,
    final: finalCall,
    declarations,
    guard,
    counter: counterName,
    listText: arrayText,
    laterErrorsDropped: !branch.checksFlag && !leadingGuard,
    storesMayThrow,
  };
}

function collectNames(node: any): Set<string> {
  const names = new Set<string>();
  walk(node, (current) => {
    if (current.type === "Identifier") names.add(current.name);
  });
  return names;
}
