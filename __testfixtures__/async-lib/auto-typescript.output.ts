// A TypeScript module: the results object is typed loosely, as the library's callback typed it.
import fs from 'fs';

export function loadUser(id: string, done: (err: Error | null, name?: string) => void): void {
  void (async () => {
    let results: any;
    try {
      results = {};

      const raw = (async () => {
        results.raw = await fs.promises.readFile(`users/${id}.json`, 'utf8');
      })();

      const user = (async () => {
        await Promise.all([raw]);
        results.user = JSON.parse(results.raw);
      })();

      await Promise.all([raw, user]);
    } catch (err: any) {
      return done(err);
    }
    done(null, results.user.name);
  })();
}
