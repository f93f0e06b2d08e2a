// unpyramid-fixture: runnable
// A function whose calls are `return f(x)` from callbacks whose result nothing reads (a core API's, a
// timer's) is only called, as in a statement: it becomes async, and the sites in it convert.
var fs = require('fs');
var path = require('path');

function describe(file) {
  fs.stat(file, function (err, stats) {
    if (err) return report(file, 'missing');
    if (stats.isDirectory()) return listDir(file);
    return report(file, stats.size + ' bytes');
  });
}

function listDir(dir) {
  fs.readdir(dir, function (err, names) {
    if (err) return report(dir, 'unreadable');
    report(dir, names.filter((name) => name.endsWith('.txt')).sort().join(','));
  });
}

function report(what, text) {
  console.log(path.basename(what) + ': ' + text);
}

fs.mkdirSync('d', { recursive: true });
fs.writeFileSync('d/a.txt', 'aaa');
fs.writeFileSync('d/b.txt', 'b');
describe('d/a.txt');
setTimeout(() => describe('d'), 20);
setTimeout(() => describe('nope'), 40);
