// TypeScript: tasks and the final callback give the results their own type; the rewrite keeps it
// where a task names the results otherwise, and the results object itself is `any`.
import * as fs from 'fs';
import { promisify } from 'util';

interface Loaded {
  raw: string;
  size: number;
}

function describe(results: Loaded): string {
  return `${results.size} bytes`;
}

export function load(file: string, done: (err: Error | null, text?: string) => void): void {
  void (async () => {
    let results: any;
    try {
      results = {};

      const raw = (async () => {
        results.raw = await promisify(fs.readFile)(file, 'utf8');
      })();

      const size = (async () => {
        await Promise.all([raw]);
        const r: Loaded = results;
        results.size = r.raw.length;
      })();

      await Promise.all([raw, size]);
    } catch (err: any) {
      return done(err);
    }
    done(null, describe(results));
  })();
}
