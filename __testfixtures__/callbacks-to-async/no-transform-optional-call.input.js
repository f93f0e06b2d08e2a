// unpyramid-fixture: runnable
// unpyramid-fixture: skip optional-call
// `init?.(...)` does nothing when there is no init; an await of promisify(undefined) would fail.
const plugins = {};

function main() {
  plugins.init?.('a', function (err, value) {
    if (err) return console.log('E', err.message);
    console.log('got', value);
  });
}
main();
console.log('done');
