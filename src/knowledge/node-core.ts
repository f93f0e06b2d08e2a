// What Node's core callback APIs are: how their callback is called, what their promise form is,
// and what it yields. Every transform reads this table; nothing else hard-codes an API.

export type PromiseForm =
  /**
   * `<module>.<promisesProperty>.<name>` (`fs.promises.readFile`), also importable from `promisesModule`
   * (`fs/promises`): same arguments, same result.
   */
  | { kind: "twin"; promisesModule: string; promisesProperty: string }
  /** No twin with the same contract; `util.promisify(api)` keeps it exactly. */
  | { kind: "promisify" };

/**
 * What an argument must provably be for the twin to behave as the callback API does:
 * - "path": a string, Buffer or URL. The callback API reads a numeric fd and throws on a FileHandle or
 *   a bigint; the twin rejects a number and reads or writes a FileHandle.
 * - "data": a string, Buffer, TypedArray or DataView. The twin also writes arrays, Sets, Maps,
 *   generators, `new String()` and streams, which the callback API rejects (and with an iterable of
 *   non-strings it truncates or creates the file before it rejects).
 * - "number": a safe integer, or absent (truncate's twin opens the file before it checks the length:
 *   ENOENT instead of the argument error).
 * - an option: the options object (at `index`) provably lacks the key, or gives it one of the literal
 *   values in `allowed` ("number", "string": not empty, "false").
 */
export type TwinNeed =
  | { index: number; kind: "path" | "data" | "number" }
  | { index: number; option: string; allowed: readonly ("number" | "string" | "false")[] };

/**
 * Arguments with which the callback API calls back before it returns:
 * - "valid-path": fs.exists calls back `false` at once for a path it cannot validate (a number,
 *   undefined, an object, a string or Buffer with a NUL byte, a URL that is not `file:`);
 * - an option: readdir with `recursive` lists synchronously in Node 20 (and throws ENOENT at once).
 * (An already aborted `signal` makes readFile, writeFile and appendFile call back at once with an
 * AbortError: an argument that fails the call, like those the callback API throws at once, and listed
 * with them among the differences every conversion makes, not refused per site.)
 */
export type SyncCallback = { index: number; kind: "valid-path" } | { index: number; option: string };

export interface CallbackApi {
  module: string;
  name: string;
  /**
   * How the callback is called. `exists` is `(exists: boolean)`, not error-first; a delay timer's
   * callback gets nothing (see DELAY_TIMERS); `value` is a function of the file whose callback takes a
   * value first (see valueCallbackApi).
   */
  callback: "error-first" | "exists-boolean" | "delay" | "value";
  /**
   * Names of the callback's value arguments after the error. One name: the promise yields that value.
   * Several: the promise (through promisify.custom) yields an object with these keys.
   */
  results: readonly string[];
  promise: PromiseForm;
  /**
   * What the twin needs of these arguments to do what the callback API does (probed on Node 20): each
   * must be provably of its kind, else the call goes through promisify, which calls the callback API
   * itself (see promiseRoute and TwinNeed).
   */
  twinNeeds?: readonly TwinNeed[];
  /**
   * Arguments with which the callback API calls back before it returns (see SyncCallback): the call is
   * left alone unless each is provably not so, as code after an await would run later.
   */
  callsBackSynchronously?: readonly SyncCallback[];
  /** With this option (at `index`) the callback's values take another shape: refuse unless it is provably absent. */
  resultShapeOption?: { index: number; key: string };
  /**
   * With this option (at `index`) the promise form, twin and promisify alike, behaves otherwise (stream's
   * finished validates `cleanup` at once and removes its listeners): refuse unless it is provably absent.
   */
  promiseDiffersWithOption?: { index: number; key: string };
  /** The callback also gets its values on error (exec's stdout/stderr, fs.read's bytesRead and buffer). */
  valuesOnError?: boolean;
  /**
   * The twin checks its arguments before it returns a promise (dns.promises: a bad host throws at once,
   * where the callback API's promisify rejects), and keeps resolver settings of its own.
   */
  twinThrowsSynchronously?: boolean;
  /** util.promisify of it is a promisify.custom that calls it outside any executor: a bad argument throws at once. */
  promisifiedThrowsSynchronously?: boolean;
  /** The promise may resolve with a value where the callback got none (stream.promises.pipeline: the last stream's). */
  promiseMayResolveWithValue?: boolean;
  /**
   * @types/node declares no `__promisify__` for it: TypeScript types `promisify(api)` from one overload
   * (crypto.randomInt's `(max, callback)`), which may not take the arguments at hand.
   */
  promisifyUntyped?: boolean;
  /** The callback gets its values only with some options (fs.mkdir's `path`, with `recursive`): `(null)` alone otherwise. */
  resultsMayBeAbsent?: boolean;
  /** What the callback gets as its error on success: `null` (fs, dns, zlib, crypto, child_process) unless said. */
  successError?: "null" | "undefined";
  note?: string;
}

const PATH: TwinNeed = { index: 0, kind: "path" };
const DATA: TwinNeed = { index: 1, kind: "data" };

const FS_TWIN: PromiseForm = { kind: "twin", promisesModule: "fs/promises", promisesProperty: "promises" };
const PROMISIFY: PromiseForm = { kind: "promisify" };

function fs(name: string, results: readonly string[], extra: Partial<CallbackApi> = {}): CallbackApi {
  return { module: "fs", name, callback: "error-first", results, promise: FS_TWIN, ...extra };
}

const TWIN: PromiseForm = { kind: "twin", promisesModule: "", promisesProperty: "promises" };

function api(
  module: string,
  name: string,
  results: readonly string[],
  promise: PromiseForm,
  extra: Partial<CallbackApi> = {},
): CallbackApi {
  const form = promise.kind === "twin" ? { ...promise, promisesModule: `${module}/promises` } : promise;
  return { module, name, callback: "error-first", results, promise: form, ...extra };
}

const DNS: Partial<CallbackApi> = { twinThrowsSynchronously: true };

export const NODE_CORE_CALLBACK_APIS: readonly CallbackApi[] = [
  // fs with a twin in fs.promises that takes the same arguments and yields the same value
  fs("access", []),
  fs("appendFile", [], { twinNeeds: [PATH, DATA] }),
  fs("chmod", []),
  fs("chown", []),
  fs("copyFile", []),
  // fs.cp is callbackify of the promise form: a filter that fails with a falsy value reaches the callback wrapped.
  fs("cp", [], { twinNeeds: [{ index: 2, option: "filter", allowed: [] }] }),
  fs("lchown", []),
  fs("lutimes", []),
  fs("link", []),
  fs("lstat", ["stats"]),
  // `mode: null`: the callback API throws, the twin creates the directory.
  fs("mkdir", ["path"], {
    twinNeeds: [{ index: 1, option: "mode", allowed: ["number", "string"] }],
    resultsMayBeAbsent: true,
  }),
  fs("mkdtemp", ["folder"]),
  fs("opendir", ["dir"]),
  // With `recursive`, Node 20's callback API lists synchronously, in another order than the twin.
  fs("readdir", ["files"], {
    twinNeeds: [{ index: 1, option: "recursive", allowed: ["false"] }],
    callsBackSynchronously: [{ index: 1, option: "recursive" }],
  }),
  // `flag: ''` (or false, NaN): the callback API throws, the twin reads as with 'r'.
  fs("readFile", ["data"], { twinNeeds: [PATH, { index: 1, option: "flag", allowed: ["string"] }] }),
  fs("readlink", ["linkString"]),
  fs("rename", []),
  fs("rm", []),
  // `recursive` on a symlink to a directory: the callback API fails with ENOTDIR, the twin deletes the link.
  fs("rmdir", [], { twinNeeds: [{ index: 1, option: "recursive", allowed: ["false"] }] }),
  fs("stat", ["stats"]),
  fs("statfs", ["stats"]),
  fs("symlink", []),
  fs("truncate", [], { twinNeeds: [PATH, { index: 1, kind: "number" }] }),
  fs("unlink", []),
  fs("utimes", []),
  fs("writeFile", [], { twinNeeds: [PATH, DATA] }),
  // fs without a same-contract twin
  fs("realpath", ["resolvedPath"], {
    promise: PROMISIFY,
    note: "fs.promises.realpath is the native realpath(3), not the JS implementation",
  }),
  fs("open", ["fd"], { promise: PROMISIFY, note: "fs.promises.open yields a FileHandle, not a number" }),
  fs("close", [], { promise: PROMISIFY }),
  fs("fstat", ["stats"], { promise: PROMISIFY }),
  fs("fsync", [], { promise: PROMISIFY }),
  fs("fdatasync", [], { promise: PROMISIFY }),
  fs("ftruncate", [], { promise: PROMISIFY }),
  fs("futimes", [], { promise: PROMISIFY }),
  fs("fchmod", [], { promise: PROMISIFY }),
  fs("fchown", [], { promise: PROMISIFY }),
  fs("read", ["bytesRead", "buffer"], { promise: PROMISIFY, valuesOnError: true }),
  fs("write", ["bytesWritten", "buffer"], { promise: PROMISIFY, valuesOnError: true }),
  fs("readv", ["bytesRead", "buffers"], { promise: PROMISIFY, valuesOnError: true }),
  fs("writev", ["bytesWritten", "buffers"], { promise: PROMISIFY, valuesOnError: true }),
  fs("exists", ["exists"], {
    callback: "exists-boolean",
    promise: PROMISIFY,
    callsBackSynchronously: [{ index: 0, kind: "valid-path" }],
    note: "not error-first: becomes an access check",
  }),

  // dns and stream have twins under `.promises`
  ...[
    "resolve",
    "resolveAny",
    "resolveCaa",
    "resolveCname",
    "resolveMx",
    "resolveNaptr",
    "resolveNs",
    "resolvePtr",
    "resolveSoa",
    "resolveSrv",
    "resolveTxt",
  ].map((name) => api("dns", name, ["records"], TWIN, DNS)),
  api("dns", "resolve4", ["addresses"], TWIN, DNS),
  api("dns", "resolve6", ["addresses"], TWIN, DNS),
  api("dns", "reverse", ["hostnames"], TWIN, DNS),
  api("dns", "lookup", ["address", "family"], TWIN, {
    ...DNS,
    resultShapeOption: { index: 1, key: "all" },
    note: "with `all` the callback gets one array",
  }),
  api("dns", "lookupService", ["hostname", "service"], TWIN, DNS),
  api("stream", "pipeline", [], TWIN, { successError: "undefined", promiseMayResolveWithValue: true }),
  api("stream", "finished", [], TWIN, {
    successError: "undefined",
    promiseDiffersWithOption: { index: 1, key: "cleanup" },
  }),

  // No promise module: util.promisify keeps the contract (exec/execFile and generateKeyPair yield objects)
  api("child_process", "exec", ["stdout", "stderr"], PROMISIFY, {
    valuesOnError: true,
    promisifiedThrowsSynchronously: true,
  }),
  api("child_process", "execFile", ["stdout", "stderr"], PROMISIFY, {
    valuesOnError: true,
    promisifiedThrowsSynchronously: true,
  }),
  ...[
    "gzip",
    "gunzip",
    "deflate",
    "inflate",
    "deflateRaw",
    "inflateRaw",
    "unzip",
    "brotliCompress",
    "brotliDecompress",
  ].map((name) => api("zlib", name, ["result"], PROMISIFY)),
  ...["randomBytes", "randomFill", "pbkdf2", "scrypt", "hkdf", "generateKey"].map((name) =>
    api("crypto", name, ["result"], PROMISIFY, { promisifyUntyped: true }),
  ),
  // These call back `(undefined, result)` on success (Node 20), not `(null, result)`.
  ...["randomInt", "generatePrime", "checkPrime"].map((name) =>
    api("crypto", name, ["result"], PROMISIFY, { successError: "undefined", promisifyUntyped: true }),
  ),
  api("crypto", "generateKeyPair", ["publicKey", "privateKey"], PROMISIFY),
];

/** The method names in the table (for cheap pre-checks). */
export const CALLBACK_API_NAMES: ReadonlySet<string> = new Set(NODE_CORE_CALLBACK_APIS.map((api) => api.name));

/** The modules in the table, without `node:`. */
export const CALLBACK_API_MODULES: ReadonlySet<string> = new Set(NODE_CORE_CALLBACK_APIS.map((api) => api.module));

/** Text that requires or imports one of the table's modules. */
export const CORE_MODULE_TEXT = new RegExp(
  `['"\`](?:node:)?(?:${[...new Set(NODE_CORE_CALLBACK_APIS.map((api) => api.module))].join("|")})['"\`]`,
);

export function findCallbackApi(module: string, name: string): CallbackApi | undefined {
  return NODE_CORE_CALLBACK_APIS.find((api) => api.module === module && api.name === name);
}

/**
 * Global timers whose callback, used as a delay, becomes a promise around the same global at the call:
 * `setTimeout(fn, ms)` -> `await new Promise((resolve) => setTimeout(resolve, ms))`, `setImmediate(fn)`
 * -> `await new Promise((resolve) => setImmediate(resolve))`. Not `timers/promises`: it keeps Node's
 * own timers, which fake timers (sinon, jest) that replace the globals do not drive, so a test that
 * ticks the clock would wait for ever. `delayArguments`: how many arguments follow the callback (more
 * would be passed to it).
 */
export interface DelayTimer {
  name: string;
  api: CallbackApi;
  delayArguments: number;
}

const delayApi = (name: string): CallbackApi => ({
  module: "timers",
  name,
  callback: "delay",
  results: [],
  promise: { kind: "promisify" },
});

export const DELAY_TIMERS: readonly DelayTimer[] = [
  { name: "setTimeout", api: delayApi("setTimeout"), delayArguments: 1 },
  { name: "setImmediate", api: delayApi("setImmediate"), delayArguments: 0 },
];
