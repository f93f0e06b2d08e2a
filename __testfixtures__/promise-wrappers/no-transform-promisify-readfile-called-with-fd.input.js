// unpyramid-fixture: runnable
// unpyramid-fixture: skip twin-differs-for-some-call
// One call passes a file descriptor, which fs.promises.readFile does not take as a number: kept.
const fs = require('fs');
const { promisify } = require('util');

const readFile = promisify(fs.readFile);

fs.writeFileSync('f.txt', 'by fd');
readFile(fs.openSync('f.txt', 'r'), 'utf8').then((text) => console.log(text));
