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

async function twice(key) {
  const first = await getDataAsync(key);
  const second = await getDataAsync(first + '!');
  return second;
}

show('a');
show('missing');
void (async () => {
  let err = null, result;
  try {
    result = await twice('b');
  } catch (caught) {
    err = caught;
  }
  console.log('twice:', err, result);
})();
console.log('started');
