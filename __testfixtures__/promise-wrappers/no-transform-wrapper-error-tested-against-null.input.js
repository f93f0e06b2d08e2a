// unpyramid-fixture: runnable
// unpyramid-fixture: skip wrapper-callback-does-more
// `if (err !== null)` is not the truthiness test util.promisify makes (an `undefined` error would reject
// here): left as written.
function work(n, cb) {
  setImmediate(() => cb(undefined, n * 2));
}

const twice = (n) =>
  new Promise((resolve, reject) => {
    work(n, (err, value) => {
      if (err !== null) return reject(err);
      resolve(value);
    });
  });

twice(21).then(
  (value) => console.log('resolved', value),
  (err) => console.log('rejected with', err),
);
