// Node APIs whose functions are async functions: a call never throws synchronously (a bad argument is a
// rejection), and what it returns is a native promise.

/** Modules whose exported functions are async (`require('fs/promises').readFile`). */
export const ASYNC_FUNCTION_MODULES: ReadonlySet<string> = new Set(["fs/promises", "node:fs/promises"]);

/** Modules whose `.promises` member holds async functions (`require('fs').promises.readFile`). */
export const PROMISES_MEMBER_MODULES: ReadonlySet<string> = new Set(["fs", "node:fs"]);
