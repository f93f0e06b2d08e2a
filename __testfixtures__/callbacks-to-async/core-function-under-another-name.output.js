// unpyramid-fixture: runnable
// `run` is child_process.exec under another name, every value the file gives it: promisify(run) is
// promisify(cp.exec), which yields { stdout, stderr }, and the callback's `out` is the stdout.
const cp = require('child_process');

const { promisify } = require('util');

const run = cp.exec;

async function main() {
  const { stdout: out } = await promisify(run)('echo hi');
  console.log(JSON.stringify(out));
}
main();
