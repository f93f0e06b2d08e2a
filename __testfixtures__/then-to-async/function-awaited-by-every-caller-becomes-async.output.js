// unpyramid-fixture: runnable
// `f` may throw before its chain, but its one caller awaits it (`await f(...).then(...)`, then, once
// written out, `await f(...)`): there a throw and a rejection land in the same place, so `f` becomes
// async too, in the same run.
const assert = require('assert');

async function f(x) {
  if (x < 0) throw new Error('negative');
  const v = await Promise.resolve(x);
  return v + 1;
}

async function g(x) {
  try {
    const v = await f(x);
    await console.log('got', v);
  } catch (err) {
    console.log('caught', err.message);
  }
}

assert.ok(g);
g(1).then(() => g(-1));
