// unpyramid-fixture: runnable
// TypeScript: `new Promise<string>` around a function of the file; promisify's type for a function may
// know less than the wrapper said (an overload, an `any`), so the type stays, as an assertion.
const { promisify } = require("util") as typeof import("util");
function lookup(key: string, cb: (err: Error | null, value: string) => void): void {
  setImmediate(() => cb(null, "value of " + key));
}

async function get(key: string): Promise<string> {
  return promisify(lookup)(key) as Promise<string>;
}

get("k").then((value: string) => console.log(value.toUpperCase()));
