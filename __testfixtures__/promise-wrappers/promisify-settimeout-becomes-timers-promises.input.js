// unpyramid-fixture: runnable
// util.promisify(setTimeout) is timers/promises' setTimeout (its promisify.custom).
const { promisify } = require('util');

const sleep = promisify(setTimeout);

async function main() {
  const value = await sleep(5, 'woke');
  console.log(value);
}

main();
console.log('sleeping');
