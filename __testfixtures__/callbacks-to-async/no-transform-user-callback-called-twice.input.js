// unpyramid-fixture: skip callback-may-be-called-more-than-once
// `if (err) cb(err);` without return: the callback is called with the error, then again. promisify
// would settle on the first call and drop the second.
function parse(text, cb) {
  process.nextTick(function () {
    let value;
    try {
      value = JSON.parse(text);
    } catch (e) {
      cb(e);
    }
    cb(null, value);
  });
}

function main() {
  parse('{', function (err, value) {
    if (err) return console.log('bad input');
    console.log(value);
  });
}
main();
