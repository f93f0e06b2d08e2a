// unpyramid-fixture: runnable
// `promisify(fs.readFile)('x.txt')`: called at once with a path, it is that call of the twin.
const fs = require('fs');

fs.writeFileSync('x.txt', 'at once');
fs.promises.readFile('x.txt', 'utf8').then((text) => console.log(text));
