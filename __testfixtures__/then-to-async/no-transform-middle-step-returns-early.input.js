// unpyramid-fixture: runnable
// unpyramid-fixture: skip handler-returns-early
// A middle step that returns early hands that value to the next step; written out, the early return
// would leave the whole function.
function pipeline(p) {
  return p
    .then((value) => {
      if (value > 10) return 10;
      return value;
    })
    .then((limited) => limited * 2);
}

module.exports = pipeline;

pipeline(Promise.resolve(50)).then(console.log);
pipeline(Promise.resolve(3)).then(console.log);
