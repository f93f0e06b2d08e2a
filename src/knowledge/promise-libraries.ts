// Promise libraries whose promises have methods a native one lacks (bluebird's `.spread`, `.tap`,
// `.asCallback`; Q's `.fail`, `.done`, `.nodeify`). A function made async returns a native promise, so
// where a file uses one of them, what its functions return may be called with those methods.

/** Modules that are (or hand out) a promise library. */
export const PROMISE_LIBRARY_MODULES: ReadonlySet<string> = new Set([
  "bluebird",
  "q",
  "when",
  "rsvp",
  "es6-promise",
  "promise",
  "pinkie-promise",
  "native-or-bluebird",
  "any-promise",
  "lie",
  "kew",
  "vow",
  "then-promise",
]);

/** The source requires or imports a promise library, or calls a method only their promises have on a chain. */
export function usesPromiseLibrary(source: string): boolean {
  const modules = source.matchAll(/(?:require\s*\(\s*|from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g);
  for (const [, name] of modules) if (PROMISE_LIBRARY_MODULES.has(name)) return true;
  return /\.\s*(?:spread|asCallback|nodeify|tapCatch|thenReturn|reflect)\s*\(/.test(source);
}
