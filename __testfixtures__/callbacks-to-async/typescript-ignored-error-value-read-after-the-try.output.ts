// unpyramid-fixture: runnable
// TypeScript: a value the callback read whatever its error (an ignored error) is read after the try,
// where it may be undefined: a declared type is asserted assigned, an inferred one is `any`, so that
// `tsc --strict` accepts the reads the callback's parameter allowed.
import * as fs from 'fs';

async function sizes(a: string, b: string): Promise<void> {
  let first: any;
  try {
    first = await fs.promises.stat(a);
  } catch {}
  let second!: fs.Stats;
  try {
    second = await fs.promises.stat(b);
  } catch {}
  console.log(first.size, second.size);
}

fs.writeFileSync('a.txt', 'aa');
fs.writeFileSync('b.txt', 'bbb');
sizes('a.txt', 'b.txt');
