// unpyramid-fixture: runnable
// A function of the file wrapped by hand: `util.promisify(getUser)(id)` calls it the same way and
// settles the same way. It is declared here, so no promisify.custom of another module can change that.
const { promisify } = require('util');
function getUser(id, cb) {
  setImmediate(() => {
    if (id < 0) return cb(new Error('bad id ' + id));
    cb(null, { id, name: 'user' + id });
  });
}

function fetchUser(id) {
  return promisify(getUser)(id);
}

fetchUser(7).then((user) => console.log(user));
fetchUser(-1).catch((err) => console.log(err.message));
