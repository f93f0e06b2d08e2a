// unpyramid-fixture: runnable
// unpyramid-fixture: skip wrapper-call-may-throw
// `getUser` is declared inside a block: outside it, it is undefined until the block runs. The wrapper
// rejected with the TypeError of calling undefined; promisify(getUser) would throw at once.
function wrap(id) {
  return new Promise((resolve, reject) => getUser(id, (err, user) => (err ? reject(err) : resolve(user))));
}

try {
  wrap(1).then(
    (user) => console.log('user', user),
    (err) => console.log('rejected:', err.name),
  );
} catch (err) {
  console.log('thrown at once:', err.name);
}

if (process.argv.length > 0) {
  function getUser(id, callback) {
    callback(null, { id });
  }
}
