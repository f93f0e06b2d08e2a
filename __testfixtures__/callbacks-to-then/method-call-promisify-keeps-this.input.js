// unpyramid-fixture: runnable
// A method of an object in this file: its body proves one later call of the callback, and the call
// keeps the object as `this`.
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
  store.get('a', (err, a) => {
    if (err) return done(err);
    store.get('b', (err, b) => {
      if (err) return done(err);
      done(null, a + b);
    });
  });
}

function report(key) {
  store.get(key, (err, value) => {
    if (err) {
      console.log('error', err.message);
      return;
    }
    console.log(key, '=', value);
  });
}

sum((err, total) => console.log('sum', err, total));
report('a');
report('zzz');
