// unpyramid-fixture: runnable
// getData is declared in this file and calls back once, later: it is promisified once, at module level.
const { promisify } = require('util');
const getDataAsync = promisify(getData);
function getData(key, cb) {
  setImmediate(() => {
    if (key === 'missing') return cb(new Error('no such key: ' + key));
    cb(null, key.toUpperCase());
  });
}

async function show(key) {
  let value;
  try {
    value = await getDataAsync(key);
  } catch (err) {
    console.log('failed:', err.message);
    return;
  }
  console.log('value:', value);
}

async function twice(key, done) {
  let first;
  try {
    first = await getDataAsync(key);
  } catch (err) {
    return done(err);
  }
  let second;
  try {
    second = await getDataAsync(first + '!');
  } catch (err) {
    return done(err);
  }
  done(null, second);
}

show('a');
show('missing');
twice('b', (err, result) => {
  console.log('twice:', err, result);
});
console.log('started');
