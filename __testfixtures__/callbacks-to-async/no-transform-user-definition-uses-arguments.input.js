// unpyramid-fixture: skip definition-uses-arguments
// The function finds its callback through `arguments`: which parameter it calls cannot be told.
function get(key, cb) {
  const done = arguments[arguments.length - 1];
  process.nextTick(function () {
    done(null, key);
  });
}

function main() {
  get('k', function (err, value) {
    if (err) throw err;
    console.log(value);
  });
}
main();
