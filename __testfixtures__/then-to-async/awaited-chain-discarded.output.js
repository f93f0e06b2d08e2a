// unpyramid-fixture: runnable
// `await chain;` whose value nobody reads: the steps in place, the wait for the last step's returned
// promise kept (it may still reject).
const log = [];
const later = (value) => new Promise((resolve) => setTimeout(() => resolve(value), 5));

async function run() {
  const value = await later('a');
  await log.push(value);
  const value2 = await later('b');
  log.push(value2);
  log.push('after');

  try {
    await Promise.resolve();
    await Promise.reject(new Error('late'));
    await log.push('skipped');
  } catch (err) {
    await log.push('caught ' + err.message);
  }

  console.log(log.join(' '));
}

run();
