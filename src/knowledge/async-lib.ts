// The caolan `async` library (v2/v3): which of its functions unpyramid rewrites, and what each one does,
// as its source does it (node_modules/async: waterfall.js, internal/parallel.js, eachOf.js,
// internal/eachOfLimit.js, internal/map.js).
//
// What all of them share: tasks are started synchronously from the call, in order; a task's callback
// may be called once (a second call throws "Callback was already called."); `cb(false)` stops the run
// without calling the final callback; an `async function` task is called without a callback and its
// promise settles it (a rejection with a falsy reason becomes `new Error(reason)`); the final callback
// is called once, with the first error.

/** The module names whose default export is the library. */
export const ASYNC_LIB_MODULES: ReadonlySet<string> = new Set(["async"]);

export type AsyncLibFlow =
  /** `waterfall(tasks, cb)`: tasks one after another, each given the values the one before passed on. */
  | "waterfall"
  /** `series(tasks, cb)`: one after another; results in the shape of `tasks` (array or object). */
  | "series"
  /** `parallel(tasks, cb)`: all started at once; the first error ends it; results in the shape of `tasks`. */
  | "parallel"
  /** `each(coll, iteratee, cb)`: the iteratee on every item at once; no results. */
  | "each"
  /** `eachSeries(coll, iteratee, cb)`: one item after another. */
  | "eachSeries"
  /** `eachLimit(coll, limit, iteratee, cb)`: at most `limit` at a time; no new item after an error. */
  | "eachLimit"
  /** `map(coll, iteratee, cb)`: as each, with the first value of every item's callback, in input order. */
  | "map"
  | "mapSeries"
  | "mapLimit"
  /** `whilst(test, iteratee, cb)`: while the test (a task calling back with a truth) says so, the iteratee; `until`: until it says so. */
  | "whilst"
  | "until"
  /** `retry(opts?, task, cb)`: the task again on an error, `times` in all (5), `interval` ms apart (0, a timer). */
  | "retry"
  /**
   * `auto(tasks, concurrency?, cb)` (lib/auto.js): tasks `fn(cb)`, or `[...names, fn(results, cb)]` started
   * once the named tasks have succeeded, with the shared results object (keys added as tasks finish); none
   * is started after a task failed; an unknown name or a cycle throws from the call.
   */
  | "auto";

/** The library's functions unpyramid rewrites, by every name the library exports them under. */
export const ASYNC_LIB_FLOWS: ReadonlyMap<string, AsyncLibFlow> = new Map([
  ["waterfall", "waterfall"],
  ["series", "series"],
  ["parallel", "parallel"],
  ["each", "each"],
  ["forEach", "each"],
  ["eachSeries", "eachSeries"],
  ["forEachSeries", "eachSeries"],
  ["eachLimit", "eachLimit"],
  ["forEachLimit", "eachLimit"],
  ["map", "map"],
  ["mapSeries", "mapSeries"],
  ["mapLimit", "mapLimit"],
  ["whilst", "whilst"],
  ["until", "until"],
  ["retry", "retry"],
  ["auto", "auto"],
] as [string, AsyncLibFlow][]);

/** Functions left as they are, with the reason code a site of them is reported with. */
export const ASYNC_LIB_NOT_CONVERTED: ReadonlyMap<string, string> = new Map([
  // The dependencies are the tasks' parameter names, read from the functions' source at run time.
  ["autoInject", "async-auto-not-converted"],
  // Long-lived objects with their own events and concurrency control, not one run of tasks.
  ["queue", "async-queue-not-converted"],
  ["priorityQueue", "async-queue-not-converted"],
  ["cargo", "async-queue-not-converted"],
  ["cargoQueue", "async-queue-not-converted"],
]);

/**
 * The library's other functions that run callback tasks: reported, left as they are (not yet
 * converted). Its helpers (nextTick, setImmediate, apply, asyncify, memoize, log, ...) are no sites.
 */
export const ASYNC_LIB_OTHER_FLOWS: ReadonlySet<string> = new Set([
  "parallelLimit",
  "seriesLimit",
  "doWhilst",
  "doUntil",
  "during",
  "doDuring",
  "forever",
  "retry",
  "retryable",
  "times",
  "timesSeries",
  "timesLimit",
  "eachOf",
  "eachOfSeries",
  "eachOfLimit",
  "forEachOf",
  "forEachOfSeries",
  "forEachOfLimit",
  "mapValues",
  "mapValuesSeries",
  "mapValuesLimit",
  "filter",
  "filterSeries",
  "filterLimit",
  "select",
  "selectSeries",
  "selectLimit",
  "reject",
  "rejectSeries",
  "rejectLimit",
  "detect",
  "detectSeries",
  "detectLimit",
  "find",
  "findSeries",
  "findLimit",
  "some",
  "someSeries",
  "someLimit",
  "any",
  "anySeries",
  "anyLimit",
  "every",
  "everySeries",
  "everyLimit",
  "all",
  "allSeries",
  "allLimit",
  "concat",
  "concatSeries",
  "concatLimit",
  "flatMap",
  "flatMapSeries",
  "flatMapLimit",
  "groupBy",
  "groupBySeries",
  "groupByLimit",
  "reduce",
  "reduceRight",
  "foldl",
  "foldr",
  "inject",
  "sortBy",
  "transform",
  "tryEach",
  "race",
  "applyEach",
  "applyEachSeries",
  "compose",
  "seq",
]);

/** Flows whose tasks run one after another (a task starts when the one before has called back). */
export const SEQUENTIAL_FLOWS: ReadonlySet<AsyncLibFlow> = new Set([
  "waterfall",
  "series",
  "eachSeries",
  "mapSeries",
  "whilst",
  "until",
  "retry",
]);

/** The library's defaults for retry: 5 attempts, no wait between them (still a timer). */
export const RETRY_DEFAULTS = { times: 5, interval: 0 } as const;

/** Flows over a collection: `(coll, iteratee, cb)`, or `(coll, limit, iteratee, cb)` for the *Limit ones. */
export const COLLECTION_FLOWS: ReadonlySet<AsyncLibFlow> = new Set([
  "each",
  "eachSeries",
  "eachLimit",
  "map",
  "mapSeries",
  "mapLimit",
]);

/** Flows whose final callback gets results (`(err, results)`); the others get only the error (waterfall: the last task's values). */
export const RESULT_FLOWS: ReadonlySet<AsyncLibFlow> = new Set([
  "series",
  "parallel",
  "map",
  "mapSeries",
  "mapLimit",
  "auto",
]);

/**
 * Flows whose final callback gets `null` as its error on success (lib/internal/eachOfLimit, whilst,
 * auto: `callback(null, ...)`), so any use of the error can read it from a variable that starts as
 * `null`. Not waterfall or retry: they pass on whatever falsy error the last task gave (`cb()`: undefined).
 */
export const NULL_ERROR_ON_SUCCESS: ReadonlySet<AsyncLibFlow> = new Set([
  "series",
  "parallel",
  "each",
  "eachSeries",
  "eachLimit",
  "map",
  "mapSeries",
  "mapLimit",
  "whilst",
  "until",
  "auto",
]);
