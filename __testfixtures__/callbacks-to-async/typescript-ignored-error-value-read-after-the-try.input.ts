// unpyramid-fixture: runnable
// TypeScript: a value the callback read whatever its error (an ignored error) is read after the try,
// where it may be undefined: a declared type is asserted assigned, an inferred one is `any`, so that
// `tsc --strict` accepts the reads the callback's parameter allowed.
import * as fs from 'fs';

function sizes(a: string, b: string): void {
  fs.stat(a, (err, first) => {
    fs.stat(b, (err, second: fs.Stats) => {
      console.log(first.size, second.size);
    });
  });
}

fs.writeFileSync('a.txt', 'aa');
fs.writeFileSync('b.txt', 'bbb');
sizes('a.txt', 'b.txt');
