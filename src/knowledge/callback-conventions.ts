// What other code's callbacks mean, by the name of the function or method that takes them: which never
// take an error-first callback (listeners, iteration, promises, timers), and which call theirs once,
// later. Used for calls that are not in the core table (user-defined and third-party functions).
import type { CallbackApi } from "./node-core";

/**
 * Methods whose function argument is not an error-first callback called once: event listeners (called
 * on every event), iteration helpers of arrays, lodash/underscore and async (called per item), promise
 * handlers, `replace`/`sort` callbacks, `listen` (a 'listening' listener), test-framework hooks.
 */
export const NOT_ERROR_FIRST_METHODS: ReadonlySet<string> = new Set([
  // events
  "on",
  "once",
  "addListener",
  "prependListener",
  "prependOnceListener",
  "addEventListener",
  "removeListener",
  "removeEventListener",
  "off",
  "emit",
  "listen",
  "subscribe",
  // iteration (Array, lodash, underscore, async)
  "forEach",
  "map",
  "filter",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "some",
  "every",
  "reduce",
  "reduceRight",
  "flatMap",
  "sort",
  "toSorted",
  "each",
  "eachSeries",
  "eachLimit",
  "forEachOf",
  "mapSeries",
  "mapLimit",
  "forIn",
  "forOwn",
  "mapValues",
  "sortBy",
  "groupBy",
  "times",
  "from",
  // promises and strings
  "then",
  "catch",
  "finally",
  "replace",
  "replaceAll",
  // timers reached as methods (`global.setTimeout`, `timers.setInterval`)
  "setTimeout",
  "setInterval",
  "setImmediate",
  "nextTick",
  "queueMicrotask",
  // test frameworks
  "it",
  "test",
  "describe",
  "before",
  "after",
  "beforeEach",
  "afterEach",
  "beforeAll",
  "afterAll",
  "throws",
  "rejects",
]);

/** Global functions whose function argument is not an error-first callback. */
export const NOT_ERROR_FIRST_FUNCTIONS: ReadonlySet<string> = new Set([
  "setTimeout",
  "setInterval",
  "setImmediate",
  "queueMicrotask",
  "require",
  "define",
  "it",
  "test",
  "describe",
  "before",
  "after",
  "beforeEach",
  "afterEach",
  "beforeAll",
  "afterAll",
  "$",
  "jQuery",
  "Promise",
]);

/**
 * How a call treats a function passed to it, for following a callback through code that passes it on:
 * `once-later` calls it at most once and never before the call returns; `timer` calls it from a timer
 * (which may be cleared, or repeat); `many` may call it any number of times.
 */
export type CallbackCaller = "once-later" | "timer" | "many";

/** Global deferrals whose first argument runs once, later (`process.nextTick(fn, ...args)`, `setImmediate(fn)`). */
export const DEFERRALS: ReadonlySet<string> = new Set(["process.nextTick", "setImmediate", "queueMicrotask"]);

export const TIMERS: ReadonlySet<string> = new Set([
  "setTimeout",
  "setInterval",
  "global.setTimeout",
  "global.setInterval",
  "globalThis.setTimeout",
  "globalThis.setInterval",
]);

/**
 * How Node's deferral or timer named `text` (`process.nextTick`, `setTimeout`, ...) treats the function
 * `arg` passed to `call` (held by `around`), or null when `text` is neither. A deferral runs its first
 * argument once, later (after `await` the order after other ticks is taken on trust, except for
 * setImmediate); so does a `setTimeout(fn, ms);` whose timer is thrown away (nothing can clear it).
 */
export function deferralOrTimerCaller(
  text: string,
  call: any,
  arg: any,
  around: any,
): CallbackCaller | "assumed-once" | "unknown" | null {
  if (DEFERRALS.has(text))
    return call.arguments[0] !== arg ? "unknown" : text === "setImmediate" ? "once-later" : "assumed-once";
  if (TIMERS.has(text))
    return text.endsWith("setTimeout") && call.arguments[0] === arg && around?.type === "ExpressionStatement"
      ? "once-later"
      : "timer";
  return null;
}

/**
 * What a user-defined or third-party error-first function is taken to be: its callback's first value is
 * the result, through util.promisify. It may pass values along with an error (as exec does): a handler
 * that reads them is refused.
 */
export function userCallbackApi(name: string): CallbackApi {
  return {
    module: "",
    name,
    callback: "error-first",
    results: ["value"],
    promise: { kind: "promisify" },
    valuesOnError: true,
  };
}

/**
 * Names people give a callback parameter. A function of the file whose last parameter is so named, and
 * whose body proves it calls it once and later, can be awaited even when its callback takes a value
 * first, not an error (`getData(function (a) { ... })`).
 */
export const CALLBACK_PARAMETER_NAME = /^_?(?:cb|callback|done|next|cont)\d*$/i;

/** Text that may hold a function whose last parameter is named like a callback (the pre-check for the above). */
export const CALLBACK_PARAMETER_TEXT = /\bfunction\b[^{;]*?\b_?(?:cb|callback|done|next|cont)\d*\s*\??\s*[):]/i;

/** A function of the file whose callback takes a value first: the promise resolves with that value. */
export function valueCallbackApi(name: string, results: readonly string[]): CallbackApi {
  return { module: "", name, callback: "value", results, promise: { kind: "promisify" } };
}
