// unpyramid-fixture: runnable
// `var stat = follow ? fs.stat : fs.lstat;` names one of two core APIs that call back alike: the call
// goes through promisify of whichever it holds when it runs, as the callback API did.
var fs = require('fs');

function describe(file, follow) {
  var stat = follow ? fs.stat : fs.lstat;
  stat(file, function (err, stats) {
    if (err) return console.log('missing', file);
    console.log(file, stats.isSymbolicLink() ? 'a link' : 'a file', stats.size);
  });
}

function again(file) {
  var stat = fs.lstat;
  stat(file, function (err) {
    console.log('again', file, err ? err.code : 'there');
  });
}

fs.writeFileSync('t.txt', 'abc');
try {
  fs.unlinkSync('l.txt');
} catch (e) {}
fs.symlinkSync('t.txt', 'l.txt');
describe('l.txt', true);
setTimeout(() => describe('l.txt', false), 20);
setTimeout(() => describe('none.txt', false), 40);
setTimeout(() => again('none.txt'), 60);
