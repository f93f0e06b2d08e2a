// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-may-be-called-more-than-once
// `if (err) cb(err);` without a return: on error the callback runs twice.
const fs = require("fs");

function check(file, cb) {
  fs.stat(file, (err, stats) => {
    if (err) cb(err);
    cb(null, stats && stats.size > 0);
  });
}

function main() {
  check("/no/such/file", function (err, ok) {
    if (err) return console.log("error");
    console.log("ok", ok);
  });
}
main();
