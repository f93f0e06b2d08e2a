// unpyramid-fixture: runnable
// `.finally` runs on both paths and passes the value and the error through: a `finally` block with no
// `return` in it; a finally handler that throws replaces the result, as it did.
const log = [];

async function settle(ok) {
  const promise = (ok ? Promise.resolve('value') : Promise.reject(new Error('failure')));

  try {
    const result = await promise;
    return await result.toUpperCase();
  } finally {
    log.push('cleanup ' + ok);
  }
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

try {
  await settle(false);
} catch (e) {
  await log.push('error ' + e.message);
}

try {
  await settleBadly();
} catch (e) {
  await log.push('error ' + e.message);
}

console.log(log.join('\n'));
