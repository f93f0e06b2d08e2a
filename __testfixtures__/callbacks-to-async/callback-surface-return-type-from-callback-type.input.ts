// unpyramid-fixture: runnable
// The async twin of a callback surface returns a promise of what the callback's type says it passes:
// inferred, `[st.size, p]` would widen to `(string | number)[]`, and `tsc --strict` would reject the
// callbackify call (the callback takes a `[number, string]`).
import * as fs from 'fs';

export function sizeOf(p: string, cb: (err: Error | null, v?: [number, string]) => void): void {
  fs.stat(p, (err, st) => {
    if (err) return cb(err);
    cb(null, [st.size, p]);
  });
}

fs.writeFileSync('data.txt', 'four');
sizeOf('data.txt', (err, v) => console.log(err, v));
