// unpyramid-fixture: runnable
// An ES module: callbacks called from `||` and `?:` branches and a `return` inside a loop, each path once.
import { readFile } from "node:fs";

const names = ["alpha", "beta"];

function indexOf(name, cb) {
  for (let i = 0; i < names.length; i++) {
    if (names[i] === name) return queueMicrotask(() => cb(null, i));
  }
  setImmediate(() => name.length > 10 || cb(new Error("not found: " + name)));
  // A long name never calls back: neither the callback nor the code after an await runs.
}

function firstLine(file, cb) {
  readFile(file, "utf8", function (err, text) {
    return err ? cb(err) : cb(null, text.split("\n")[0].slice(0, 2));
  });
}

function show(name) {
  indexOf(name, function (err, i) {
    if (err) return console.log("error", err.message);
    firstLine(new URL(import.meta.url), function (err, line) {
      if (err) return console.log("error", err.message);
      console.log(name, i, line);
    });
  });
}

show("beta");
show("gamma");
show("a name that is long");
