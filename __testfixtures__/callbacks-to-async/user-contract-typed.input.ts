// unpyramid-fixture: runnable
// TypeScript: a typed callback parameter, called from a ternary inside a timer.
type Callback<T> = (err: Error | null, value?: T) => void;

function half(n: number, cb: Callback<number>): void {
  setTimeout(() => (n % 2 ? cb(new Error(`odd: ${n}`)) : cb(null, n / 2)), 1);
}

function quarter(n: number): void {
  half(n, function (err, h) {
    if (err) return console.log("error", err.message);
    half(h as number, function (err, q) {
      if (err) return console.log("error", err.message);
      console.log(n, "->", q);
    });
  });
}

quarter(8);
quarter(6);
quarter(3);
