// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-called-in-try
// A throw from the callback inside `try` is caught and calls it a second time, with the error.
function parse(text, cb) {
  process.nextTick(function () {
    try {
      return cb(null, JSON.parse(text));
    } catch (e) {
      return cb(e);
    }
  });
}

function main() {
  parse('{"n": 1}', function (err, value) {
    if (err) return console.log('second call:', err.message);
    console.log('first call:', value.n);
    throw new Error('thrown by the callback');
  });
}
main();
