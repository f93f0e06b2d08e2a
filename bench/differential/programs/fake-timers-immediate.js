// checks: under fake timers, `setImmediate(() => cb(null, x))` at the end of a converted function
// (faked: it runs when the test's clock runs it) and `await setImmediatePromise()` of timers/promises
// (real: it runs on its own); and code that ran inside a fake timer's callback, now a microtask after
// it, schedules its zero-delay timer 1 ms earlier on the fake clock (the report shows 12 ms, not 13).
const fs = require("fs");

function readSoon(p, cb) {
  fs.readFile(p, "utf8", function (err, text) {
    if (err) return cb(err);
    setImmediate(() => {
      cb(null, text.length);
    });
  });
}

function wait(cb) {
  setTimeout(() => cb(null), 12);
}

function main() {
  fs.writeFileSync("data.txt", "hello");
  readSoon("data.txt", function (err, n) {
    if (err) throw err;
    console.log("length", n);
    wait(function (err) {
      if (err) throw err;
      // The fake-timers report at exit says when it ran (no Date.now() here: plain runs use the wall clock).
      setImmediate(() => console.log("after the wait"));
    });
  });
}

main();
