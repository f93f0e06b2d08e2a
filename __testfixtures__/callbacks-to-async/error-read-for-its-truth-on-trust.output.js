// unpyramid-fixture: runnable
// unpyramid-fixture: risk callback-contract-assumed
// A function taken on trust (the caller's `store.save`) may call back with `null` or `undefined` on
// success; callbacks that read their error only for its truth (`err ? a : b`, `!err`, `err && err.code`)
// cannot tell which, so they convert with the error caught into a variable.
const { promisify } = require("util");
async function saveBoth(store) {
  let err = null;
  try {
    await promisify(store.save).call(store, "a");
  } catch (caught) {
    err = caught;
  }
  console.log(err ? "failed " + err.message : "saved a");
  let err2 = null;
  try {
    await promisify(store.save).call(store, "b");
  } catch (caught) {
    err2 = caught;
  }
  if (err2 && err2.code === "EX") return console.log("exists");
  console.log(!err2, "done");
}

function failing(name) {
  return Object.assign(new Error("no " + name), { code: name === "b" ? "EX" : "EOTHER" });
}

// (Stores made the way a library would hand them over: no `save` method written in this file.)
const storeWith = (save) => Object.fromEntries([["save", save]]);
saveBoth(storeWith((name, cb) => setImmediate(() => cb())));
setTimeout(() => {
  saveBoth(storeWith((name, cb) => setImmediate(() => cb(name === "b" ? failing(name) : null))));
}, 10);
setTimeout(() => {
  saveBoth(storeWith((name, cb) => setImmediate(() => cb(failing(name)))));
}, 20);
