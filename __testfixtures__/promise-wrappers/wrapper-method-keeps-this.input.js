// unpyramid-fixture: runnable
// unpyramid-fixture: risk callee-defined-elsewhere
// A method keeps its object as `this`: `promisify(store.get).call(store, key)`. A method may be given
// a promisify.custom anywhere, which the report says. Reading `store.get` could throw where the wrapper
// rejected: the async arrow makes that a rejection again.
const store = {
  data: { a: 1 },
  get(key, cb) {
    const data = this.data;
    setImmediate(() => (key in data ? cb(null, data[key]) : cb(new Error('no ' + key))));
  },
};

const get = async (key) => new Promise((resolve, reject) => store.get(key, (err, value) => (err ? reject(err) : resolve(value))));

get('a').then((value) => console.log('a =', value));
get('b').catch((err) => console.log(err.message));
