// unpyramid-fixture: runnable
// An ES module: callbacks called from `||` and `?:` branches and a `return` inside a loop, each path once.
import { readFile } from "node:fs";

import { promisify } from "node:util";

const names = ["alpha", "beta"];

function indexOf(name, cb) {
  for (let i = 0; i < names.length; i++) {
    if (names[i] === name) return queueMicrotask(() => cb(null, i));
  }
  setImmediate(() => name.length > 10 || cb(new Error("not found: " + name)));
  // A long name never calls back: neither the callback nor the code after an await runs.
}

async function firstLine(file) {
  const text = await promisify(readFile)(file, "utf8");
  return text.split("\n")[0].slice(0, 2);
}

async function show(name) {
  let i;
  try {
    i = await promisify(indexOf)(name);
  } catch (err) {
    return console.log("error", err.message);
  }
  let line;
  try {
    line = await firstLine(new URL(import.meta.url));
  } catch (err) {
    return console.log("error", err.message);
  }
  console.log(name, i, line);
}

show("beta");
show("gamma");
show("a name that is long");
