// checks: `setTimeout(() => cb(null, x), ms)` at the end of a function the conversion makes async. A
// test with fake timers ticks the global clock; `await delay(ms)` from timers/promises does not go
// through it (under the fake-timers condition the clock report shows the delay missing).
const fs = require("fs");

function readLater(p, cb) {
  fs.readFile(p, "utf8", function (err, text) {
    if (err) return cb(err);
    setTimeout(() => {
      cb(null, text.length);
    }, 10);
  });
}

function main() {
  fs.writeFileSync("data.txt", "hello");
  readLater("data.txt", function (err, n) {
    if (err) throw err;
    console.log("length", n);
  });
}

main();
