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

async function sum() {
  const a = await promisify(store.get).call(store, 'a');
  const b = await promisify(store.get).call(store, 'b');
  return a + b;
}

async function report(key) {
  let value;
  try {
    value = await promisify(store.get).call(store, key);
  } catch (err) {
    console.log('error', err.message);
    return;
  }
  console.log(key, '=', value);
}

void (async () => {
  let err = null, total;
  try {
    total = await sum();
  } catch (caught) {
    err = caught;
  }
  console.log('sum', err, total);
})();
report('a');
report('zzz');
