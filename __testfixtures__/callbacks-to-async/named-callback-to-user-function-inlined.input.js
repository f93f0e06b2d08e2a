// unpyramid-fixture: runnable
// A named callback given to a function of the file, and used only there: inlined, then converted.
function load(name, cb) {
  process.nextTick(() => {
    if (name === 'bad') return cb(new Error('cannot load ' + name));
    cb(null, { name });
  });
}

function start(name) {
  load(name, onLoaded);
}

function onLoaded(err, thing) {
  if (err) {
    console.log('error:', err.message);
    return;
  }
  console.log('loaded', thing.name);
}

start('good');
console.log('started');
