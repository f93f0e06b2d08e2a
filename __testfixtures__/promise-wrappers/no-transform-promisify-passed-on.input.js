// unpyramid-fixture: runnable
// unpyramid-fixture: skip promisified-function-escapes
// The promisified readFile goes on as a value (whoever gets it may pass a descriptor): kept.
const fs = require('fs');
const { promisify } = require('util');

const readers = { text: promisify(fs.readFile) };

fs.writeFileSync('v.txt', 'value');
readers.text('v.txt', 'utf8').then((text) => console.log(text));
