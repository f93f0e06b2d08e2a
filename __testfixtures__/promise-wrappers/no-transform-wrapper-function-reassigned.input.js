// unpyramid-fixture: runnable
// unpyramid-fixture: skip wrapper-call-may-throw
// The function is reassigned before the wrapper runs: promisify(getUser) would throw a TypeError at
// once where the wrapper rejected.
function getUser(id, callback) {
  callback(null, { id });
}

function wrap(id) {
  return new Promise((resolve, reject) => getUser(id, (err, user) => (err ? reject(err) : resolve(user))));
}

getUser = undefined;
try {
  wrap(1).then(
    (user) => console.log('user', user),
    (err) => console.log('rejected:', err.name),
  );
} catch (err) {
  console.log('thrown at once:', err.name);
}
