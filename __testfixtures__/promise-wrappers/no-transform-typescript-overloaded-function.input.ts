// unpyramid-fixture: skip promisify-type-unknown
// TypeScript types promisify(f) from f's last signature and its callback's type: an overloaded
// function, or one with a rest parameter, gets a type that does not take these arguments.
function lookup(key: string, callback: (err: Error | null, value: string) => void): void;
function lookup(key: number, callback: (err: Error | null, value: number) => void): void;
function lookup(key: string | number, callback: (err: Error | null, value: any) => void): void {
  callback(null, key);
}

function many(...args: unknown[]): void {
  (args[args.length - 1] as (err: Error | null, value: number) => void)(null, args.length);
}

export async function first(): Promise<string> {
  return new Promise<string>((resolve, reject) => lookup('a', (err, value) => (err ? reject(err) : resolve(value))));
}

export async function count(): Promise<number> {
  return new Promise<number>((resolve, reject) => many(1, 2, (err: Error | null, value: number) => (err ? reject(err) : resolve(value))));
}
