// unpyramid-fixture: runnable
// A method of an object in this file: its body proves one later call of the callback, and the call
// keeps the object as `this`.
const { promisify } = require('util');
const store = {
  data: { a: 1, b: 2 },
  get(key, cb) {
    const data = this.data;
    setImmediate(() => {
      if (!(key in data)) return cb(new Error('missing ' + key));
      cb(null, data[key]);
    });
  },
};

function sum() {
  let a;
  return promisify(store.get).call(store, 'a').then((result) => {
    a = result;
    return promisify(store.get).call(store, 'b');
  }).then((b) => {
    return a + b;
  });
}

function report(key) {
  return promisify(store.get).call(store, key).then((value) => {
    console.log(key, '=', value);
  }, (err) => {
    console.log('error', err.message);
  });
}

void (() => {
  let err = null, total;
  return sum().then((result) => {
    total = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    console.log('sum', err, total);
  });
})();
report('a');
report('zzz');
