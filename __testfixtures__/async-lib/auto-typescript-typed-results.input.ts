// TypeScript: tasks and the final callback give the results their own type; the rewrite keeps it
// where a task names the results otherwise, and the results object itself is `any`.
import * as async from 'async';
import * as fs from 'fs';

interface Loaded {
  raw: string;
  size: number;
}

function describe(results: Loaded): string {
  return `${results.size} bytes`;
}

export function load(file: string, done: (err: Error | null, text?: string) => void): void {
  async.auto({
    raw: (cb: (err: Error | null, text?: string) => void) => fs.readFile(file, 'utf8', cb),
    size: ['raw', (r: Loaded, cb: (err: Error | null, size?: number) => void) => cb(null, r.raw.length)],
  }, (err, results: Loaded) => {
    if (err) return done(err);
    done(null, describe(results));
  });
}
