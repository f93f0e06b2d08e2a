// checks: fs.exists(12345, cb) with code after the call that prints. fs.exists calls back
// synchronously with false for an argument that is not a path (it catches the validation error);
// `await fs.promises.access(...)` answers on a later turn, after that code.
const fs = require("fs");

function check(p, cb) {
  fs.exists(p, function (found) {
    cb(null, found);
  });
}

function main() {
  check(12345, function (err, found) {
    console.log("exists:", found);
  });
  console.log("after the call");
}

main();
