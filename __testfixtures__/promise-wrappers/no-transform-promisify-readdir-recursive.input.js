// unpyramid-fixture: runnable
// unpyramid-fixture: skip twin-differs-for-these-arguments
// readdir with `recursive` lists in another order from fs.promises.readdir: kept.
const fs = require('fs');
const { promisify } = require('util');

fs.mkdirSync('tree/a', { recursive: true });
fs.writeFileSync('tree/a/f.txt', '');
promisify(fs.readdir)('tree', { recursive: true }).then((names) => console.log(names.sort()));
