// unpyramid-fixture: runnable
// Tasks that hand their callback to the file's own functions (a declaration, a method of a module-level
// object) convert: each function's contract is proven (once, later, an error or one value), and the
// task awaits its promisified form.
const async = require('async');

function lookup(id, cb) {
  setImmediate(() => (id > 2 ? cb(new Error('no user ' + id)) : cb(null, { id, name: 'user' + id })));
}

const store = {
  count(name, cb) {
    process.nextTick(() => cb(null, name.length));
  },
};

function report(id) {
  async.waterfall(
    [
      function (cb) {
        lookup(id, cb);
      },
      function (user, cb) {
        store.count(user.name, cb);
      },
    ],
    function (err, n) {
      if (err) return console.log(id, 'failed: ' + err.message);
      console.log(id, 'length ' + n);
    }
  );
}

report(1);
setTimeout(() => {
  report(5);
}, 10);
