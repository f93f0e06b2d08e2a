// unpyramid-fixture: runnable
// Expressions the conversion does not touch are printed as written, without parentheses JavaScript
// does not need (a spread of a conditional, `await` under `!` or `||`), though the file changes.
import fs from 'node:fs';

const flags = (on) => [...on ? ['on'] : [], ...on && ['and'] || []];

async function ready(check) {
  return !await check() || await check();
}

async function size(file) {
  const stats = await fs.promises.stat(file);
  return stats.size > 0;
}

console.log(flags(true), flags(false), await ready(async () => false));
void (async () => {
  let err = null, big;
  try {
    big = await size('.');
  } catch (caught) {
    err = caught;
  }
  console.log(err, big);
})();
