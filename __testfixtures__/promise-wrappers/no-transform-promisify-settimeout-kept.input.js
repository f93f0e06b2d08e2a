// unpyramid-fixture: runnable
// util.promisify(setTimeout) reads the promisify.custom of the setTimeout there is when it runs: fake
// timers' own when a test installed them (sinon's goes through the fake clock). timers/promises would
// be Node's timers whatever the test did, so the call stays as it is (already promise code).
const { promisify } = require('util');

const sleep = promisify(setTimeout);

async function main() {
  const value = await sleep(5, 'woke');
  console.log(value);
}

main();
console.log('sleeping');
