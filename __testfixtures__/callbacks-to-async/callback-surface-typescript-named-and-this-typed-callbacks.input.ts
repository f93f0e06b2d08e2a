// unpyramid-fixture: runnable
// TypeScript: a callback typed by name (fs.NoParamCallback) leaves the twin's return type to inference,
// and a `this:` parameter in a callback's type is no argument: the value is the one after the error.
import * as fs from 'fs';

export function touch(p: string, cb: fs.NoParamCallback): void {
  fs.writeFile(p, 'x', (err) => {
    if (err) return cb(err);
    cb(null);
  });
}

export function size(p: string, cb: (this: void, err: Error | null, n?: number) => void): void {
  fs.stat(p, (err, st) => {
    if (err) return cb(err);
    cb(null, st.size);
  });
}

touch('t.txt', (err) => {
  size('t.txt', (err2, n) => console.log(err, err2, n));
});
