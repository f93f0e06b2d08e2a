// unpyramid-fixture: runnable
// The catch handler's parameter has the next step's parameter name: inside the catch clause that name
// is the error, so the value goes through a variable of its own.
async function settle(p) {
  let x2;

  try {
    const x = await p;
    x2 = 'ok ' + x;
  } catch (x) {
    x2 = 'recovered ' + x.message;
  }

  return x2.toUpperCase();
}

settle(Promise.resolve(1))
  .then(console.log)
  .then(() => settle(Promise.reject(new Error('no'))))
  .then(console.log);
