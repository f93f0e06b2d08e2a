// unpyramid-fixture: runnable
// unpyramid-fixture: skip caller-catches-sync-errors
// `const check = function validate() {}` is called as `check`, inside a try that catches its argument
// check's throw; made async, the throw would be a rejection nobody handles. Left alone.
const check = function validate(x) {
  if (typeof x !== 'number') throw new TypeError('not a number');
  return Promise.resolve(x).then((v) => v * 2);
};

try {
  check('bad');
} catch (err) {
  console.log('caught:', err.message);
}
check(2).then(console.log);
