// unpyramid-fixture: runnable
// unpyramid-fixture: risk error-carries-output
// exec's promise yields `{ stdout, stderr }`; the wrapper resolved with stdout alone, so the new promise
// takes that out of the object. promisify(exec) throws at once on a bad argument, where the wrapper
// rejected: returned by an async function, that throw is a rejection again. Its error also carries
// stdout and stderr, which the callback got apart (the risk says so).
const { exec } = require('child_process');

async function run(command) {
  return new Promise((resolve, reject) => {
    exec(command, (error, stdout) => {
      if (error) return reject(error);
      resolve(stdout);
    });
  });
}

run('echo hello')
  .then((out) => console.log(JSON.stringify(out)))
  .then(() => run('exit 4'))
  .catch((err) => console.log('failed with', err.code));
