// unpyramid-fixture: runnable
// unpyramid-fixture: risk callback-contract-assumed
// `options.unlink` is whatever the caller passed (fs.unlink by default): a function the file cannot
// see, taken on trust as Node's convention says (once, later), and reported. `options` is a parameter
// of several functions here: each call means the one of its own function.
const fs = require("fs");

function defaults(options) {
  options.unlink = options.unlink || fs.unlink;
  options.stat = options.stat || fs.stat;
  return options;
}

function remove(p, options, cb) {
  options.unlink(p, function (er) {
    if (er && er.code === "ENOENT") return cb(null, false);
    if (er) return cb(er);
    cb(null, true);
  });
}

function sizeOf(p, options, cb) {
  options.stat(p, function (er, st) {
    if (er) return cb(er);
    cb(null, st.size);
  });
}

function main() {
  fs.writeFileSync("gone.txt", "x");
  const options = defaults({});
  sizeOf("gone.txt", options, function (er, size) {
    if (er) return console.log("stat failed", er.code);
    console.log("size", size);
    remove("gone.txt", options, function (er, removed) {
      if (er) return console.log("remove failed", er.code);
      console.log("removed", removed);
      remove("gone.txt", options, function (er, again) {
        if (er) return console.log("remove failed", er.code);
        console.log("removed again", again);
      });
    });
  });
}
main();
