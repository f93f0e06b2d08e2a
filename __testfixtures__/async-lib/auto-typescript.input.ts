// A TypeScript module: the results object is typed loosely, as the library's callback typed it.
import async from 'async';
import fs from 'fs';

export function loadUser(id: string, done: (err: Error | null, name?: string) => void): void {
  async.auto({
    raw: (cb: (err: Error | null, text?: string) => void) => fs.readFile(`users/${id}.json`, 'utf8', cb),
    user: ['raw', (results: any, cb: (err: Error | null, user?: { name: string }) => void) => {
      cb(null, JSON.parse(results.raw));
    }],
  }, (err, results: any) => {
    if (err) return done(err);
    done(null, results.user.name);
  });
}
