// unpyramid-fixture: runnable
// `const readFile = promisify(fs.readFile)` becomes a require of fs/promises in its place. Every call
// passes a path, which fs.promises.readFile takes alike. `fs` stays: the file still uses it; the
// promisify require goes, as nothing uses it any more.
const fs = require('fs');
const { promisify } = require('util');

const readFile = promisify(fs.readFile);

fs.writeFileSync('p.txt', 'promised');
readFile('p.txt', 'utf8').then((text) => console.log(text));
readFile('none.txt').catch((err) => console.log(err.code));
