// unpyramid-fixture: runnable
// A function that hands its callback on to another of the file's functions, straight or wrapped, has
// the contract of the one it calls; recursion and mutual recursion are proven together.
const fs = require("fs");

const store = { a: { name: "alpha" }, b: { name: "beta" } };

function lookup(key, cb) {
  setImmediate(() => (key in store ? cb(null, store[key]) : cb(new Error("no " + key))));
}

function nameOf(key, cb) {
  lookup(key, (err, record) => cb(err, record && record.name));
}

function countDown(n, cb) {
  if (n === 0) return fs.access(__filename, cb);
  tick(n, cb);
}

function tick(n, cb) {
  process.nextTick(() => countDown(n - 1, cb));
}

function show(key) {
  nameOf(key, function (err, name) {
    if (err) return console.log("error:", err.message);
    countDown(3, function (err) {
      if (err) return console.log("error:", err.message);
      console.log("name", name);
    });
  });
}

// One after the other: two fs.access calls at once may finish in either order.
show("a");
setTimeout(() => {
  show("b");
}, 30);
setTimeout(() => {
  show("c");
}, 60);
