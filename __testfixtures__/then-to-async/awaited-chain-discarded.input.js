// unpyramid-fixture: runnable
// `await chain;` whose value nobody reads: the steps in place, the wait for the last step's returned
// promise kept (it may still reject).
const log = [];
const later = (value) => new Promise((resolve) => setTimeout(() => resolve(value), 5));

async function run() {
  await later('a')
    .then((value) => log.push(value))
    .then(() => later('b'))
    .then((value) => {
      log.push(value);
    });
  log.push('after');
  await Promise.resolve()
    .then(() => Promise.reject(new Error('late')))
    .then(() => log.push('skipped'))
    .catch((err) => log.push('caught ' + err.message));
  console.log(log.join(' '));
}

run();
