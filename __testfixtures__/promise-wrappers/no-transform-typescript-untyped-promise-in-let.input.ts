// unpyramid-fixture: skip promise-type-would-change
// An untyped `new Promise(...)` is a Promise<unknown>. A `let` it initialises takes that type, and the
// code may assign it other promises; the twin's Promise<string> would reject those assignments.
import * as fs from 'fs';

export async function settings(file: string) {
  let pending = new Promise((resolve, reject) => fs.readFile(file, 'utf8', (err, text) => (err ? reject(err) : resolve(text))));
  if (file.endsWith('.json')) pending = Promise.resolve(JSON.parse('{"default": true}') as unknown);
  return pending;
}
