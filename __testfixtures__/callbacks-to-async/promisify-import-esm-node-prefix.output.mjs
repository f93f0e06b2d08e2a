// unpyramid-fixture: runnable
import fs from 'node:fs';
import path from 'node:path';

import { promisify } from 'node:util';

export async function readBoth(a, b, done) {
  let first;
  try {
    first = await promisify(fs.readFile)(a, 'utf8');
  } catch (err) {
    return done(err);
  }
  let second;
  try {
    second = await promisify(fs.readFile)(b, 'utf8');
  } catch (err) {
    return done(err);
  }
  done(null, first + path.sep.length + second);
}

fs.writeFileSync('a.txt', 'A');
fs.writeFileSync('b.txt', 'B');
readBoth('a.txt', 'b.txt', (err, text) => console.log(err, text));
