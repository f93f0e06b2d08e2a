// unpyramid-fixture: runnable
// unpyramid-fixture: skip unknown-callback-api
// `run` is child_process.exec under another name: promisify(run) would yield { stdout, stderr }.
const cp = require('child_process');

const run = cp.exec;

function main() {
  run('echo hi', (err, out) => {
    if (err) throw err;
    console.log(JSON.stringify(out));
  });
}
main();
