// unpyramid-fixture: runnable
// `run` is child_process.exec under another name, every value the file gives it: promisify(run) is
// promisify(cp.exec), which yields { stdout, stderr }, and the callback's `out` is the stdout.
const cp = require('child_process');

const run = cp.exec;

function main() {
  run('echo hi', (err, out) => {
    if (err) throw err;
    console.log(JSON.stringify(out));
  });
}
main();
