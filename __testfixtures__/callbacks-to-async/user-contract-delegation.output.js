// unpyramid-fixture: runnable
// A function that hands its callback on to another of the file's functions, straight or wrapped, has
// the contract of the one it calls; recursion and mutual recursion are proven together.
const fs = require("fs");

const { promisify } = require("util");
const nameOfAsync = promisify(nameOf);
const countDownAsync = promisify(countDown);
const lookupAsync = promisify(lookup);

const store = { a: { name: "alpha" }, b: { name: "beta" } };

function lookup(key, cb) {
  setImmediate(() => (key in store ? cb(null, store[key]) : cb(new Error("no " + key))));
}

function nameOf(key, cb) {
  void (async () => {
    let err = null, record;
    try {
      record = await lookupAsync(key);
    } catch (caught) {
      err = caught;
    }
    cb(err, record && record.name);
  })();
}

function countDown(n, cb) {
  if (n === 0) return fs.access(__filename, cb);
  tick(n, cb);
}

function tick(n, cb) {
  process.nextTick(() => countDown(n - 1, cb));
}

async function show(key) {
  let name;
  try {
    name = await nameOfAsync(key);
  } catch (err) {
    return console.log("error:", err.message);
  }
  try {
    await countDownAsync(3);
  } catch (err) {
    return console.log("error:", err.message);
  }
  console.log("name", name);
}

// One after the other: two fs.access calls at once may finish in either order.
show("a");
setTimeout(() => {
  show("b");
}, 30);
setTimeout(() => {
  show("c");
}, 60);
