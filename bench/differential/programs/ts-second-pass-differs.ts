// checks: TypeScript functions of the file that call each other through callbacks, the outer one
// called at module level: the conversion must be idempotent (a second pass that would convert more
// makes the tool leave the whole file unchanged, with an error asking for a report).
function delayed(cb: (err: Error | null, value?: number) => void): void {
  setTimeout(() => cb(null, 1), 2);
}

function combine(cb: (err: Error | null, value?: number) => void): void {
  delayed((err: Error | null, a?: number) => {
    if (err) return;
    cb(null, a!);
  });
}

function gather(cb: (err: Error | null, value?: number) => void): void {
  delayed((err: Error | null, a?: number) => {
    if (err) return cb(err);
    combine((err: Error | null, b?: number) => {
      if (err) throw err;
      cb(null, a! + b!);
    });
  });
}

gather((err: Error | null, v?: number) => {
  if (err) throw err;
  console.log("gather:", v);
});
