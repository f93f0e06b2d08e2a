// unpyramid-fixture: runnable
// `.finally` runs on both paths and passes the value and the error through: a `finally` block with no
// `return` in it; a finally handler that throws replaces the result, as it did.
const log = [];

function settle(ok) {
  return (ok ? Promise.resolve('value') : Promise.reject(new Error('failure')))
    .then((result) => result.toUpperCase())
    .finally(() => {
      log.push('cleanup ' + ok);
    });
}

async function settleBadly() {
  try {
    return await Promise.resolve('kept?');
  } finally {
    throw new Error('finally threw');
  }
}

const v = await settle(true);
await log.push('got ' + v);
const promise = settle(false);

try {
  await promise;
} catch (e) {
  await log.push('error ' + e.message);
}

try {
  await settleBadly();
} catch (e) {
  await log.push('error ' + e.message);
}

console.log(log.join('\n'));
