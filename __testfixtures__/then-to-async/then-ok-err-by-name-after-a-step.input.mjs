// unpyramid-fixture: runnable
// A step, then `.then(ok, err)` with functions of the file: `err` sees the base's and the step's
// errors, not `ok`'s; a rejection handler that returns nothing gives undefined.
function show(value) {
  return 'value ' + value;
}

function complain(error) {
  console.log('complained about', error.message);
}

function run(p) {
  return p.then((n) => {
    if (n < 0) throw new Error('negative');
    return n * 2;
  }).then(show, complain);
}

console.log(await run(Promise.resolve(4)));
console.log(await run(Promise.resolve(-1)));
console.log(await run(Promise.reject(new Error('rejected'))));
