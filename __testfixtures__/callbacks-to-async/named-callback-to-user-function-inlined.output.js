// unpyramid-fixture: runnable
// A named callback given to a function of the file, and used only there: inlined, then converted.
const { promisify } = require('util');
const loadAsync = promisify(load);
function load(name, cb) {
  process.nextTick(() => {
    if (name === 'bad') return cb(new Error('cannot load ' + name));
    cb(null, { name });
  });
}

async function start(name) {
  let thing;
  try {
    thing = await loadAsync(name);
  } catch (err) {
    console.log('error:', err.message);
    return;
  }
  console.log('loaded', thing.name);
}

start('good');
console.log('started');
