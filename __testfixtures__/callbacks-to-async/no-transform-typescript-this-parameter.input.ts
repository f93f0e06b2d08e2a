// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-this-parameter
import * as fs from 'fs';
export function check(p: string): void {
  fs.stat(p, function (this: void, err: NodeJS.ErrnoException | null) {
    if (err) { console.log('stat failed:', err.code); return; }
    console.log('exists');
  });
}
check(process.argv[1]);
// One after the other: two stats at once may finish in either order.
setTimeout(() => check('missing.txt'), 20);
