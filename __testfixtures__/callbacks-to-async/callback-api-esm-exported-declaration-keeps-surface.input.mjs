// unpyramid-fixture: runnable
// `export function isFile(p, cb)`: every caller in this file converts, but other modules import it
// and pass a callback, so it keeps that surface. Here the module imports itself to be such a caller.
import fs from 'node:fs';

export function isFile(p, cb) {
  fs.stat(p, function (err, stats) {
    if (err) return cb(err);
    cb(null, stats.isFile());
  });
}

export function report(p) {
  isFile(p, function (err, yes) {
    if (err) return console.log('report:', p, err.code);
    console.log('report:', p, yes);
  });
}

fs.writeFileSync('plain.txt', 'x');
report('plain.txt');
const self = await import(import.meta.url);
self.isFile('.', (err, yes) => console.log('callback caller:', err, yes, self.isFile.length));
