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
  const promise = Promise.resolve('kept?');

  try {
    return await promise;
  } finally {
    throw new Error('finally threw');
  }
}

await settle(true).then((v) => log.push('got ' + v));
await settle(false).catch((e) => log.push('error ' + e.message));
await settleBadly().catch((e) => log.push('error ' + e.message));
console.log(log.join('\n'));
