// unpyramid-fixture: runnable
// unpyramid-fixture: skip chain-handler-may-fall-through
// A missing file is no error here (`if (err && err.code !== 'ENOENT') return ...`): the error branch
// may return or go on to what follows. As a chain, a handler that may return would let the next link
// run after it returned: left as it was.
const fs = require('fs');

function show(file) {
  fs.readFile(file, 'utf8', function (err, text) {
    if (err && err.code !== 'ENOENT') return console.log('failed:', err.code);
    console.log('text:', text || '(none)');
  });
}

fs.writeFileSync('a.txt', 'abc');
show('a.txt');
setTimeout(() => { show('missing.txt'); }, 20);
setTimeout(() => { show('.'); }, 40);
