// unpyramid-fixture: runnable
// The comment on a declaration that moves before the chain stays where the declaration was.
const fs = require('fs');
const { promisify } = require('util');
fs.writeFileSync('a', 'A');
function go(name) {
  let label;
  return promisify(fs.readFile)(name, 'utf8').then((data) => {
    // the label we fill in later, important note
    if (data.length > 0)
      label = 'nonempty';
    return fs.promises.writeFile(name + '.out', data);
  }).then(() => {
    return label;
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
