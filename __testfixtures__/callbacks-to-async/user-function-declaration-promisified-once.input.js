// unpyramid-fixture: runnable
// getData is declared in this file and calls back once, later: it is promisified once, at module level.
function getData(key, cb) {
  setImmediate(() => {
    if (key === 'missing') return cb(new Error('no such key: ' + key));
    cb(null, key.toUpperCase());
  });
}

function show(key) {
  getData(key, function (err, value) {
    if (err) {
      console.log('failed:', err.message);
      return;
    }
    console.log('value:', value);
  });
}

function twice(key, done) {
  getData(key, (err, first) => {
    if (err) return done(err);
    getData(first + '!', (err, second) => {
      if (err) return done(err);
      done(null, second);
    });
  });
}

show('a');
show('missing');
twice('b', (err, result) => {
  console.log('twice:', err, result);
});
console.log('started');
