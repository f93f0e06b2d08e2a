// unpyramid-fixture: runnable
// A destructuring declaration a later step reads: its names are declared before the chain, the
// pattern assigns them where it was.
const fs = require('fs');
const { promisify, callbackify } = require('util');
fs.writeFileSync('a', '{"x":1,"y":[2,3]}');
function go(name, cb) {
  callbackify(goAsync)(name, cb);
}

function goAsync(name) {
  let x, first;
  return promisify(fs.readFile)(name, 'utf8').then((data) => {
    ({ x, y: [first] } = JSON.parse(data));
    return fs.promises.writeFile('b', String(x));
  }).then(() => {
    return x + first;
  });
}

go('a', (e, v) => console.log(e, v));
