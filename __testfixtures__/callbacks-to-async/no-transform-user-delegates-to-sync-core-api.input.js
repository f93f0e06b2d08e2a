// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-may-be-synchronous
// `ls` hands its callback to fs.readdir with `recursive` on, which Node 20 answers synchronously, and
// `exists` to fs.exists with a path that may be invalid (`false` at once): their callers' code after the
// call ran after the callback, and would run before it.
const fs = require("fs");

function ls(p, cb) {
  fs.readdir(p, { recursive: true }, cb);
}

function exists(p, cb) {
  fs.exists(p, (yes) => cb(null, yes));
}

function main() {
  ls(".", (err, files) => {
    if (err) return console.log("err");
    console.log("files", files.length > 0);
  });
  exists(undefined, (err, yes) => {
    if (err) return console.log("err");
    console.log("exists", yes);
  });
  console.log("after");
}
main();
