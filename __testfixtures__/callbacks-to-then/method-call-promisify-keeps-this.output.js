// unpyramid-fixture: runnable
// A method of an object in this file: its body proves one later call of the callback, and the call
// keeps the object as `this`.
const { promisify, callbackify } = require('util');
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

function sum(done) {
  callbackify(sumAsync)(done);
}

function sumAsync() {
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

sum((err, total) => console.log('sum', err, total));
report('a');
report('zzz');
