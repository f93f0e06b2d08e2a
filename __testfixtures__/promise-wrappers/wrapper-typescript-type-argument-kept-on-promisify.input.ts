// unpyramid-fixture: runnable
// TypeScript: `new Promise<string>` around a function of the file; promisify's type for a function may
// know less than the wrapper said (an overload, an `any`), so the type stays, as an assertion.
function lookup(key: string, cb: (err: Error | null, value: string) => void): void {
  setImmediate(() => cb(null, "value of " + key));
}

async function get(key: string): Promise<string> {
  return new Promise<string>((resolve, reject) => lookup(key, (err, value) => (err ? reject(err) : resolve(value))));
}

get("k").then((value: string) => console.log(value.toUpperCase()));
