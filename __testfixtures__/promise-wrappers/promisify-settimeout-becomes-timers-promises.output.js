// unpyramid-fixture: runnable
// util.promisify(setTimeout) is timers/promises' setTimeout (its promisify.custom).
const { setTimeout: sleep } = require('timers/promises');

async function main() {
  const value = await sleep(5, 'woke');
  console.log(value);
}

main();
console.log('sleeping');
