// unpyramid-fixture: runnable
// unpyramid-fixture: skip wrapper-resolves-several-values
// Resolved with an object made of several values: left as written.
const { execFile } = require('child_process');

const run = (file, args) => new Promise((resolve, reject) => execFile(file, args, (err, stdout, stderr) => (err ? reject(err) : resolve({ out: stdout, err: stderr }))));

run(process.execPath, ['-e', 'console.log(1); console.error(2)']).then((result) => console.log(result));
