// unpyramid-fixture: runnable
// `util.promisify(fs.stat)`: `util` is a binding of the whole module, not a promisify import, and the
// file still uses it for inspect: it stays.
const fs = require('fs');
const util = require('util');

const stat = util.promisify(fs.stat);

stat(__filename).then((stats) => console.log(util.inspect(stats.isFile())));
