// unpyramid-fixture: runnable
// The library's functions bound on their own (`const { series } = require('async')`): the binding of
// the one converted goes, the other stays.
const {
  nextTick
} = require('async');
const fs = require('fs');

fs.writeFileSync('first.txt', '1');

nextTick(() => console.log('ticked'));

void (async () => {
  let results;
  try {
    results = [await fs.promises.readFile('first.txt', 'utf8'), await fs.promises.stat('first.txt')];
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log(results[0], results[1].size);
})();
