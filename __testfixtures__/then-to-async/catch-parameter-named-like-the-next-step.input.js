// unpyramid-fixture: runnable
// The catch handler's parameter has the next step's parameter name: inside the catch clause that name
// is the error, so the value goes through a variable of its own.
function settle(p) {
  return p
    .then((x) => 'ok ' + x)
    .catch((x) => 'recovered ' + x.message)
    .then((x) => x.toUpperCase());
}

settle(Promise.resolve(1))
  .then(console.log)
  .then(() => settle(Promise.reject(new Error('no'))))
  .then(console.log);
