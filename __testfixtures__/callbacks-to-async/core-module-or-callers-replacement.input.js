// unpyramid-fixture: runnable
// unpyramid-fixture: risk callback-contract-assumed
// `xfs` is the core `fs` or the caller's replacement for it: fs's contract stands for both (null on
// success, no value beside an error), so a callback that passes its error on converts; the call goes
// through promisify of whichever it is, on trust.
var rfs = require("fs");

function sizeOf(file, opts) {
  var xfs = opts.fs || rfs;
  xfs.stat(file, function (err, st) {
    report(file, err, st && st.size > 0);
  });
}

function report(file, err, nonEmpty) {
  console.log(require("path").basename(file), err ? err.code : "ok", nonEmpty, err === null);
}

sizeOf(__filename, {});
setTimeout(() => {
  sizeOf("/no/such/file", {});
}, 10);
setTimeout(() => {
  sizeOf("x", { fs: { stat: (p, cb) => setImmediate(() => cb(null, { size: 3 })) } });
}, 20);
