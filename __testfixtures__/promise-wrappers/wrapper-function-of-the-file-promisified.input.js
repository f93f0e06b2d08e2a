// unpyramid-fixture: runnable
// A function of the file wrapped by hand: `util.promisify(getUser)(id)` calls it the same way and
// settles the same way. It is declared here, so no promisify.custom of another module can change that.
function getUser(id, cb) {
  setImmediate(() => {
    if (id < 0) return cb(new Error('bad id ' + id));
    cb(null, { id, name: 'user' + id });
  });
}

function fetchUser(id) {
  return new Promise((resolve, reject) => {
    getUser(id, (err, user) => {
      if (err) return reject(err);
      resolve(user);
    });
  });
}

fetchUser(7).then((user) => console.log(user));
fetchUser(-1).catch((err) => console.log(err.message));
