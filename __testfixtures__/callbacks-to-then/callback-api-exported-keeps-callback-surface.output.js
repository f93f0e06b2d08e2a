// unpyramid-fixture: runnable
// unpyramid-fixture: risk callback-surface-kept
// unpyramid-fixture: risk throw-reaches-caller
// loadUser is exported, so callers in other modules still pass it a callback. Its flattened body
// becomes `function loadUserAsync(id)`, returning a chain that resolves and rejects; `loadUser(id, cb)` stays, a thin
// util.callbackify wrapper; the caller in this file that converts chains on loadUserAsync directly.
const fs = require('fs');

const { callbackify } = require('util');

function loadUser(id, cb) {
  callbackify(loadUserAsync)(id, cb);
}

function loadUserAsync(id) {
  let text;
  return fs.promises.readFile(id + '.json', 'utf8').then((result) => {
    text = result;
    return fs.promises.stat(id + '.json');
  }).then((stats) => {
    return { user: JSON.parse(text), size: stats.size };
  });
}

function greet(id) {
  return loadUserAsync(id).then((found) => {
    lines.push('hello ' + found.user.name + ' (' + found.size + ' bytes)');
  }, (err) => {
    lines.push('no user ' + id + ': ' + err.code);
  });
}

module.exports = { loadUser };

// What was found is printed at exit, sorted: the reads finish in any order.
const lines = [];
process.on('exit', () => console.log(lines.sort().join('\n')));
fs.writeFileSync('ada.json', '{"name": "Ada"}');
greet('ada');
greet('bob');
// A caller with a callback, as another module would call it.
const onLoaded = function (err, found) {
  lines.push('callback caller: ' + (err ? err.code : found.user.name) + ', arguments: ' + arguments.length);
};
module.exports.loadUser('ada', onLoaded);
module.exports.loadUser('eve', onLoaded);
