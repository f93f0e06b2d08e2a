// unpyramid-fixture: runnable
// TypeScript: a typed callback parameter, called from a ternary inside a timer.
const { promisify } = require("util") as typeof import("util");
const halfAsync = promisify(half);
type Callback<T> = (err: Error | null, value?: T) => void;

function half(n: number, cb: Callback<number>): void {
  setTimeout(() => (n % 2 ? cb(new Error(`odd: ${n}`)) : cb(null, n / 2)), 1);
}

async function quarter(n: number): Promise<void> {
  let h;
  try {
    h = await halfAsync(n);
  } catch (err: any) {
    return console.log("error", err.message);
  }
  let q;
  try {
    q = await halfAsync(h as number);
  } catch (err: any) {
    return console.log("error", err.message);
  }
  console.log(n, "->", q);
}

quarter(8);
quarter(6);
quarter(3);
