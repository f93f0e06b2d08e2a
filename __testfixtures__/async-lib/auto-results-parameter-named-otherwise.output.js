// unpyramid-fixture: runnable
// Tasks name the results parameter differently, and one assigns to it: each gets a name of its own
// bound to the one results object, which stays what the final callback reads.
const fs = require('fs');

fs.writeFileSync('a.txt', 'A');

void (async () => {
  let r;
  try {
    r = {};
    // A task failed: none starts after it, as in async.auto.
    let failed = false;

    const a = (async () => {
      try {
        r.a = await fs.promises.readFile('a.txt', 'utf8');
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    const b = (async () => {
      await Promise.all([a]);
      if (failed) return;

      try {
        const res = r;
        r.b = res.a + 'B';
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    const c = (async () => {
      await Promise.all([a]);
      if (failed) return;

      try {
        r.c = await (async (r) => {
          for (r in { x: 1 }) {}
          return r;
        })(r);
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    const d = (async () => {
      await Promise.all([b, c]);
      if (failed) return;

      try {
        r.d = r.b + r.c;
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    await Promise.all([a, b, c, d]);
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log(JSON.stringify(r));
})();
