// unpyramid-fixture: runnable
// unpyramid-fixture: skip error-used-after-check
// `walker._step` most likely reaches the file's own `Walker.prototype._step`, which calls back at once in
// sync mode (as glob's `_process` does for `glob.sync`): not a function to take on trust, so its
// callback, which reads its error only for its truth, is not caught into a variable after an await.
function Walker(sync) {
  this.sync = sync;
}

Walker.prototype._step = function (x, cb) {
  if (this.sync) return cb(x < 0 ? new Error("negative") : null);
  setImmediate(() => cb(null));
};

function runAll(walker, xs) {
  xs.forEach(function (x) {
    walker._step(x, function (er) {
      if (er) console.log("error", er.message);
      console.log("step", x, !er);
    });
  });
  console.log("run returned");
}

runAll(new Walker(true), [1, -1]);
