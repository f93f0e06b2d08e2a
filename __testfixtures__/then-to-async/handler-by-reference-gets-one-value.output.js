// unpyramid-fixture: runnable
// `.then(render)` with a function the file declares: called with the one value, as the chain called it.
function render(value, extra) {
  return 'rendered ' + value + ' ' + String(extra) + ' ' + arguments.length;
}

function report(error) {
  return 'reported ' + error.message;
}

async function show(value) {
  try {
    const value2 = await Promise.resolve(value);
    return await render(value2);
  } catch (error) {
    return report(error);
  }
}

// One after the other: how many microtask turns each takes is not part of what is kept.
show(1)
  .then(console.log)
  .then(() => show(Promise.reject(new Error('nope'))))
  .then(console.log);
