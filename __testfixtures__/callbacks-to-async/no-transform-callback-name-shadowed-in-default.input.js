// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-name-shadowed
// A nested function binds `cb` again, but its parameter default still reads the outer one.
function getData(x, cb) {
  (function (done = cb) {
    var cb;
    done(null, 1);
    done(null, 2);
  })();
}

function main() {
  getData(1, function (err, value) {
    if (err) return console.log('E', err.message);
    console.log('got', value);
  });
}
main();
console.log('sync end');
