// How often, and when, a function calls its callback parameter, over every path of its control flow.
// The body is run abstractly: each path carries how many times the callback has been called (0, 1, or
// "two or more"), and whether this frame called it directly. Nested functions are frames of their own,
// run once, later, or many times as the call that receives them says (core APIs and deferrals once and
// later, listeners and iteration many times; a function of the file as its own contract says). The
// verdict holds when every path calls back at most once, never before the function returns, and no
// code with an effect runs in a frame after its direct call (the caller's continuation ran inside that
// call; after `await` it runs once the frame is done, so code there would move before it).
import { VISITOR_KEYS } from "@babel/types";
import type * as t from "@babel/types";
import type { CallbackCaller } from "../knowledge/callback-conventions";
import { isPropertyName } from "./error-first";
import { isFunctionNode, memberText } from "./functions";
import { walk } from "./walk";

/**
 * How `call` treats its argument `arg` (a function literal, or the callback itself passed on):
 * `assumed-once` is a third-party error-first API, taken to call back once and later without proof.
 * `around` is the node that holds the call (a statement when its result is thrown away).
 */
export type ArgumentCaller = ((
  call: t.CallExpression,
  arg: t.Node,
  around: t.Node | undefined,
) => CallbackCaller | "assumed-once" | "unknown" | "sync") & {
  /**
   * What the function `call` reaches passes its callback on success, when known: the error (`fs.stat`:
   * null) and how many values after it (null when not known).
   */
  onSuccess?: (call: t.CallExpression) => { error: "null" | "undefined"; values: number | null } | null;
};

/** One path's state: calls of the callback so far (2 stands for two or more), and whether this frame made one itself. */
interface FlowState {
  calls: 0 | 1 | 2;
  direct: boolean;
}

/** How a path leaves a statement: on to the next one, or by `return`, `break`/`continue` (with a label or not), `throw`. */
interface FlowPath extends FlowState {
  exit: string;
}

class Refusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

const NORMAL = "normal";
const key = (state: FlowState, exit = NORMAL) => `${state.calls}${state.direct ? "d" : ""}:${exit}`;

function unique<T extends FlowState>(states: T[], exitOf: (state: T) => string = () => NORMAL): T[] {
  const seen = new Map<string, T>();
  for (const state of states) seen.set(key(state, exitOf(state)), state);
  return [...seen.values()];
}

const addCalls = (state: FlowState, more: number, direct = false): FlowState => ({
  calls: Math.min(2, state.calls + more) as 0 | 1 | 2,
  direct: state.direct || direct,
});

/** Expression wrappers TypeScript adds around a value (`cb!`, `cb as Fn`), and parentheses. */
function unwrap(node: t.Node): t.Node {
  let current = node;
  while (
    current.type === "TSNonNullExpression" ||
    current.type === "TSAsExpression" ||
    current.type === "TSSatisfiesExpression" ||
    current.type === "TSTypeAssertion" ||
    current.type === "ParenthesizedExpression"
  )
    current = current.expression;
  return current;
}

/** Node types whose evaluation can be observed after the callback ran (a call, a write, a property read). */
const EFFECTS = new Set([
  "CallExpression",
  "OptionalCallExpression",
  "NewExpression",
  "AssignmentExpression",
  "UpdateExpression",
  "TaggedTemplateExpression",
  "AwaitExpression",
  "YieldExpression",
  "MemberExpression",
  "OptionalMemberExpression",
  "ImportExpression",
]);

/** Keys of a node that hold types, not values: names there are no references. */
const TYPE_KEYS = new Set(["typeAnnotation", "typeParameters", "typeArguments", "returnType", "superTypeParameters"]);

export interface FlowVerdict {
  /** The refusal reason, or null when the callback is called at most once on every path, and later. */
  reason: string | null;
  /** Some call of it was taken on trust (a third-party function, `process.nextTick`). */
  assumed: boolean;
  /**
   * What the callback gets as its error when it succeeds, when every call shows it: `cb(null, x)`,
   * `cb()`, and errors passed only where they are known to be set (`if (err) return cb(err)`,
   * `cb(new Error(...))`), each with no value beside it. Null when a call does not show it.
   */
  successError: "null" | "undefined" | null;
  /** How many values every call passes after the error on success, when they all pass as many and show it. */
  values: number | null;
}

/** What a call of the callback passes as its error: a success with `null` or `undefined`, an error, or unknown. */
type ErrorArgument = "null" | "undefined" | "error" | "unknown";

/**
 * Run `fn`'s body over every path and say whether its callback parameter `name` is called at most once,
 * never before `fn` returns, with nothing observable after a direct call in the frame that makes it.
 */
export function callbackFlow(fn: t.Function, name: string, callerOf: ArgumentCaller): FlowVerdict {
  let assumed = false;
  let tryDepth = 0;
  /** Names known to hold a truthy value where the walk is (`if (err) ...`), for what `cb(err)` passes. */
  let truthy: string[] = [];
  const errorArguments = new Set<ErrorArgument>();
  /** The counts of values the successful calls pass after the error; null once a call does not show it. */
  let valueCounts: Set<number> | null = new Set();

  /** Classify the error a call of the callback passes (`first`, the rest after it). */
  const noteErrorArgument = (first: t.Node | undefined, rest: number) => {
    const value = first && unwrap(first);
    let kind: ErrorArgument;
    if (!value || (value.type === "Identifier" && value.name === "undefined")) kind = "undefined";
    else if (value.type === "UnaryExpression" && value.operator === "void" && value.argument.type === "NumericLiteral")
      kind = "undefined";
    else if (value.type === "NullLiteral") kind = "null";
    else if (
      value.type === "NewExpression" ||
      (value.type === "Identifier" && truthy.includes(value.name)) ||
      (value.type === "StringLiteral" && value.value !== "")
    )
      // An error with a value beside it: after conversion the value is lost on that path.
      kind = rest > 0 ? "unknown" : "error";
    else kind = "unknown";
    errorArguments.add(kind);
    if (kind === "null" || kind === "undefined") valueCounts?.add(rest);
    else if (kind === "unknown") valueCounts = null;
  };

  /** Run `visit` with `name` known truthy (the consequent of `if (name)`, the right of `name && ...`). */
  const knowing = <T>(test: t.Node, negated: boolean, visit: () => T): T => {
    const value = unwrap(test);
    let known: string | null = null;
    if (!negated && value.type === "Identifier") known = value.name;
    if (negated && value.type === "UnaryExpression" && value.operator === "!" && value.argument.type === "Identifier")
      known = value.argument.name;
    if (!known || known === name) return visit();
    const outer = truthy;
    truthy = [...truthy, known];
    try {
      return visit();
    } finally {
      truthy = outer;
    }
  };
  const references = (node: t.Node): boolean => {
    let found = false;
    walk(node, (current: t.Node, parent?: t.Node) => {
      if (current.type === "Identifier" && current.name === name && !isPropertyName(current, parent)) found = true;
      return !found;
    });
    return found;
  };

  const checkEffect = (node: t.Node, states: FlowState[]) => {
    if (EFFECTS.has(node.type) && states.some((state) => state.direct)) throw new Refusal("callback-call-not-terminal");
  };

  /** The most calls any path of a nested function makes, run as a frame of its own. */
  const frameCalls = (frame: t.Function): number => {
    // A named function expression can call itself again.
    if (frame.type === "FunctionExpression" && frame.id && mentions(frame.body, frame.id.name))
      throw new Refusal("callback-called-from-unknown-callback");
    if (frame.async || frame.generator) throw new Refusal("callback-called-from-unknown-callback");
    const start: FlowState[] = [{ calls: 0, direct: false }];
    // It runs later, with parameters of its own: what was known where it was made need not hold.
    const outer = truthy;
    truthy = [];
    try {
      const outcome =
        frame.body.type === "BlockStatement" ? statement(frame.body, start) : expression(frame.body, start, frame);
      return Math.max(0, ...outcome.map((state) => state.calls));
    } finally {
      truthy = outer;
    }
  };

  /** What a call does to the paths, with the callback or a function using it among its arguments. */
  const call = (node: t.CallExpression | t.OptionalCallExpression, states: FlowState[], around?: t.Node) => {
    const callee = unwrap(node.callee);
    // `cb(...)`, `cb.call(this, ...)`, `cb.apply(null, [...])`: the callback runs here.
    const direct =
      (callee.type === "Identifier" && callee.name === name) ||
      ((callee.type === "MemberExpression" || callee.type === "OptionalMemberExpression") &&
        unwrap(callee.object).type === "Identifier" &&
        (unwrap(callee.object) as t.Identifier).name === name &&
        !callee.computed &&
        callee.property.type === "Identifier" &&
        (callee.property.name === "call" || callee.property.name === "apply"));
    if (direct) {
      if (states.some((state) => state.direct)) throw new Refusal("callback-may-be-called-more-than-once");
      let after = arguments_(node.arguments, states);
      if (tryDepth > 0) throw new Refusal("callback-called-in-try");
      const applied = callee.type !== "Identifier";
      if (applied) {
        errorArguments.add("unknown");
        valueCounts = null;
      } else noteErrorArgument(node.arguments[0], node.arguments.length - 1);
      after = after.map((state) => addCalls(state, 1, true));
      return unique(after);
    }
    checkEffect(node, states);
    // A function called on the spot: its body runs here, its returns end only itself.
    if (callee.type === "FunctionExpression" || callee.type === "ArrowFunctionExpression") {
      if (callee.async || callee.generator) {
        if (references(callee)) throw new Refusal("callback-called-from-unknown-callback");
        return arguments_(node.arguments, states);
      }
      const entered = arguments_(node.arguments, states);
      if (callee.body.type !== "BlockStatement") return expression(callee.body, entered, callee);
      return unique(
        statement(callee.body, entered).map((path) => {
          if (path.exit.startsWith("break") || path.exit.startsWith("continue"))
            throw new Refusal("callback-call-not-terminal");
          return { calls: path.calls, direct: path.direct };
        }),
      );
    }
    let current = callee.type === "Super" ? states : expression(callee, states, node);
    let later = 0;
    for (const arg of node.arguments) {
      const value = unwrap(arg);
      const handsOn = value.type === "Identifier" && value.name === name;
      const usesCallback = handsOn || (isFunctionNode(value) && references(value));
      if (!usesCallback) {
        current = expression(arg, current, node);
        continue;
      }
      const times = handsOn ? 1 : frameCalls(value as t.Function);
      if (times === 0) continue;
      if (handsOn) {
        // `setImmediate(cb, null, x)` calls it with the arguments after it; anything else with its own.
        const text = memberText(callee);
        if ((text === "setImmediate" || text === "process.nextTick") && node.arguments[0] === arg)
          noteErrorArgument(node.arguments[1], Math.max(0, node.arguments.length - 2));
        else {
          const success = node.type === "CallExpression" ? callerOf.onSuccess?.(node) : null;
          errorArguments.add(success?.error ?? "unknown");
          if (success && success.values !== null) valueCounts?.add(success.values);
          else valueCounts = null;
        }
      }
      const caller = node.type === "CallExpression" ? callerOf(node, arg, around) : "unknown";
      if (caller === "once-later" || caller === "assumed-once") {
        assumed ||= caller === "assumed-once";
        later += times;
      } else if (caller === "sync") throw new Refusal("callback-may-be-synchronous");
      else if (caller === "timer") throw new Refusal("callback-called-from-timer");
      else if (caller === "many") throw new Refusal("callback-may-be-called-more-than-once");
      else throw new Refusal(handsOn ? "callback-escapes" : "callback-called-from-unknown-callback");
    }
    return unique(current.map((state) => addCalls(state, later)));
  };

  const arguments_ = (args: t.Node[], states: FlowState[]) => {
    let current = states;
    for (const arg of args) current = expression(arg, current, undefined);
    return current;
  };

  /** The states after evaluating an expression (its throws end the path: nothing more runs in the frame). */
  const expression = (node: t.Node, states: FlowState[], parent: t.Node | undefined, around?: t.Node): FlowState[] => {
    if (states.length === 0) return states;
    switch (node.type) {
      case "Identifier":
        if (node.name === name && !isPropertyName(node, parent)) throw new Refusal("callback-escapes");
        return states;
      case "UnaryExpression":
        // `typeof cb` only looks at it.
        if (node.operator === "typeof" && node.argument.type === "Identifier") return states;
        if (node.argument.type === "Identifier" && node.argument.name === name) throw new Refusal("callback-escapes");
        return expression(node.argument, states, node);
      case "CallExpression":
      case "OptionalCallExpression":
        return call(node, states, around ?? parent);
      case "ConditionalExpression": {
        const tested = expression(node.test, states, node);
        return unique([
          ...knowing(node.test, false, () => expression(node.consequent, tested, node)),
          ...knowing(node.test, true, () => expression(node.alternate, tested, node)),
        ]);
      }
      case "LogicalExpression": {
        const left = expression(node.left, states, node);
        const right = knowing(node.left, node.operator !== "&&", () => expression(node.right, left, node));
        return unique([...left, ...right]);
      }
      case "ClassExpression":
        if (references(node)) throw new Refusal("callback-escapes");
        return states;
      default:
        // A function made here runs elsewhere: it must not take the callback with it.
        if (isFunctionNode(node)) {
          if (references(node)) throw new Refusal("callback-escapes");
          return states;
        }
        checkEffect(node, states);
        return children(node, states);
    }
  };

  /** Evaluate a node's children in source order (the order JavaScript evaluates most expressions in). */
  const children = (node: t.Node, states: FlowState[]): FlowState[] => {
    let current = states;
    for (const field of VISITOR_KEYS[node.type] ?? []) {
      if (TYPE_KEYS.has(field)) continue;
      const value = (node as unknown as Record<string, unknown>)[field];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (!child || typeof child !== "object" || typeof (child as t.Node).type !== "string") continue;
        const childNode = child as t.Node;
        if (childNode.type.startsWith("TS") && !("expression" in childNode)) continue;
        // `{ key: value }`, `a.b`: a name that is not read.
        if (
          (node.type === "ObjectProperty" || node.type === "ObjectMethod" || node.type === "ClassProperty") &&
          field === "key" &&
          !node.computed
        )
          continue;
        current = expression(childNode, current, node);
      }
    }
    return current;
  };

  const statements = (body: t.Statement[], states: FlowState[]): FlowPath[] => {
    const done: FlowPath[] = [];
    let current = states;
    for (const item of body) {
      if (current.length === 0) break;
      const paths = statement(item, current);
      done.push(...paths.filter((path) => path.exit !== NORMAL));
      current = normal(paths);
    }
    return unique([...done, ...current.map((state) => ({ ...state, exit: NORMAL }))], (path) => path.exit);
  };

  const normal = (paths: FlowPath[]): FlowState[] =>
    unique(paths.filter((path) => path.exit === NORMAL).map(({ calls, direct }) => ({ calls, direct })));
  const leave = (states: FlowState[], exit: string): FlowPath[] => states.map((state) => ({ ...state, exit }));
  const go = (states: FlowState[]): FlowPath[] => leave(states, NORMAL);

  /** Run a loop: its body any number of times, until its paths repeat. `label` names it for `break`/`continue`. */
  const loop = (node: t.Loop, states: FlowState[], label: string | null): FlowPath[] => {
    const own = (exit: string, kind: string) => exit === kind || (label !== null && exit === `${kind}:${label}`);
    let entry = states;
    if (node.type === "ForStatement" && node.init) entry = go(statementOrExpression(node.init, entry)).map(strip);
    if (node.type === "ForInStatement" || node.type === "ForOfStatement") entry = expression(node.right, entry, node);
    const exits: FlowPath[] = [];
    const after: FlowState[] = [];
    const seen = new Set<string>();
    let round = entry;
    let first = true;
    while (round.length > 0) {
      round = round.filter((state) => !seen.has(key(state)));
      round.forEach((state) => seen.add(key(state)));
      if (round.length === 0) break;
      let tested = round;
      const test = node.type === "ForStatement" || node.type === "WhileStatement" ? node.test : null;
      if (node.type === "DoWhileStatement" && first) tested = round;
      else if (node.type === "DoWhileStatement") tested = expression(node.test, round, node);
      else if (test) tested = expression(test, round, node);
      // The loop may end before (another) run of its body.
      if (node.type !== "DoWhileStatement" || !first) after.push(...tested);
      first = false;
      const body = statement(node.body, tested);
      const again: FlowState[] = [];
      for (const path of body) {
        if (path.exit === NORMAL || own(path.exit, "continue")) again.push(strip(path));
        else if (own(path.exit, "break")) after.push(strip(path));
        else exits.push(path);
      }
      round =
        node.type === "ForStatement" && node.update ? expression(node.update, unique(again), node) : unique(again);
    }
    return unique([...exits, ...go(unique(after))], (path) => path.exit);
  };

  const strip = ({ calls, direct }: FlowState): FlowState => ({ calls, direct });

  const statementOrExpression = (node: t.Node, states: FlowState[]): FlowState[] =>
    node.type === "VariableDeclaration" ? normal(statement(node, states)) : expression(node, states, undefined);

  const statement = (node: t.Statement, states: FlowState[], label: string | null = null): FlowPath[] => {
    if (states.length === 0) return [];
    switch (node.type) {
      case "BlockStatement":
        return statements(node.body, states);
      case "ExpressionStatement":
        return go(expression(node.expression, states, node, node));
      case "EmptyStatement":
      case "DebuggerStatement":
        return go(states);
      case "ReturnStatement":
        return leave(node.argument ? expression(node.argument, states, node, node) : states, "return");
      case "ThrowStatement":
        checkEffect(node, states);
        return leave(expression(node.argument, states, node), "throw");
      case "BreakStatement":
        return leave(states, node.label ? `break:${node.label.name}` : "break");
      case "ContinueStatement":
        return leave(states, node.label ? `continue:${node.label.name}` : "continue");
      case "IfStatement": {
        const tested = expression(node.test, states, node);
        const alternate = node.alternate;
        const otherwise = alternate ? knowing(node.test, true, () => statement(alternate, tested)) : go(tested);
        const then = knowing(node.test, false, () => statement(node.consequent, tested));
        return unique([...then, ...otherwise], (path) => path.exit);
      }
      case "LabeledStatement": {
        const inner = node.label.name;
        const paths = statement(node.body, states, inner);
        return unique(
          paths.map((path) => (path.exit === `break:${inner}` ? { ...strip(path), exit: NORMAL } : path)),
          (path) => path.exit,
        );
      }
      case "ForStatement":
      case "ForInStatement":
      case "ForOfStatement":
      case "WhileStatement":
      case "DoWhileStatement":
        return loop(node, states, label);
      case "SwitchStatement": {
        const entry = expression(node.discriminant, states, node);
        let tested = entry;
        const exits: FlowPath[] = [];
        let falling: FlowState[] = [];
        for (const branch of node.cases) {
          if (branch.test) tested = expression(branch.test, tested, branch);
          const paths = statements(branch.consequent, unique([...tested, ...falling]));
          falling = normal(paths);
          for (const path of paths) {
            if (path.exit === "break") exits.push({ ...strip(path), exit: NORMAL });
            else if (path.exit !== NORMAL) exits.push(path);
          }
        }
        const unmatched = node.cases.some((branch) => !branch.test) ? [] : tested;
        return unique([...exits, ...go(falling), ...go(unmatched)], (path) => path.exit);
      }
      case "TryStatement": {
        tryDepth++;
        const block = statement(node.block, states);
        tryDepth--;
        let paths = block;
        if (node.handler) {
          // The block may throw anywhere: the handler starts from the most it could have done.
          const most = [...states, ...block];
          const entry: FlowState = {
            calls: Math.max(...most.map((state) => state.calls)) as 0 | 1 | 2,
            direct: most.some((state) => state.direct),
          };
          paths = [...block.filter((path) => path.exit !== "throw"), ...statement(node.handler.body, [entry])];
        }
        if (node.finalizer) {
          const finalizer = node.finalizer;
          tryDepth++;
          paths = paths.flatMap((path) =>
            statement(finalizer, [strip(path)]).map((end) => (end.exit === NORMAL ? { ...end, exit: path.exit } : end)),
          );
          tryDepth--;
        }
        return unique(paths, (path) => path.exit);
      }
      case "VariableDeclaration": {
        let current = states;
        for (const declarator of node.declarations)
          if (declarator.init) current = expression(declarator.init, current, declarator, declarator);
        return go(current);
      }
      case "FunctionDeclaration":
      case "ClassDeclaration":
        if (references(node)) throw new Refusal("callback-escapes");
        return go(states);
      default:
        // Declarations of types, imports: nothing runs. Anything else that reads the callback is not followed.
        if (references(node)) throw new Refusal("callback-called-from-unknown-callback");
        return go(states);
    }
  };

  try {
    const start: FlowState[] = [{ calls: 0, direct: false }];
    const outcome =
      fn.body.type === "BlockStatement"
        ? statement(fn.body, start)
        : go(expression(fn.body, start, fn, fn)).map((path) => ({ ...path, exit: "return" }));
    if (outcome.some((path) => path.calls > 1))
      return { reason: "callback-may-be-called-more-than-once", assumed, successError: null, values: null };
    if (outcome.some((path) => path.direct))
      return { reason: "callback-called-synchronously", assumed, successError: null, values: null };
    const successes = [...errorArguments].filter((kind) => kind !== "error");
    const successError =
      successes.length === 1 && (successes[0] === "null" || successes[0] === "undefined") ? successes[0] : null;
    const values = successError && valueCounts?.size === 1 ? [...valueCounts][0] : null;
    return { reason: null, assumed, successError, values };
  } catch (error) {
    if (error instanceof Refusal) return { reason: error.reason, assumed, successError: null, values: null };
    throw error;
  }
}

function mentions(node: t.Node, name: string): boolean {
  let found = false;
  walk(node, (current: t.Node) => {
    if (current.type === "Identifier" && current.name === name) found = true;
    return !found;
  });
  return found;
}
