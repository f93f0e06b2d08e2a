// unpyramid-fixture: runnable
// A destructuring declaration a later step reads: its names are declared before the chain, the
// pattern assigns them where it was.
const fs = require('fs');
const { promisify } = require('util');
fs.writeFileSync('a', '{"x":1,"y":[2,3]}');
function go(name) {
  let x, first;
  return promisify(fs.readFile)(name, 'utf8').then((data) => {
    ({ x, y: [first] } = JSON.parse(data));
    return fs.promises.writeFile('b', String(x));
  }).then(() => {
    return x + first;
  });
}
void (() => {
  let e = null, v;
  return go('a').then((result) => {
    v = result;
  }, (caught) => {
    e = caught;
  }).then(() => {
    console.log(e, v);
  });
})();
