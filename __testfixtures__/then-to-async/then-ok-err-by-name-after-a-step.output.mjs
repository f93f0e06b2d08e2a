// unpyramid-fixture: runnable
// A step, then `.then(ok, err)` with functions of the file: `err` sees the base's and the step's
// errors, not `ok`'s; a rejection handler that returns nothing gives undefined.
function show(value) {
  return 'value ' + value;
}

function complain(error) {
  console.log('complained about', error.message);
}

async function run(p) {
  let value;

  try {
    const n = await p;
    if (n < 0) throw new Error('negative');
    value = n * 2;
  } catch (error) {
    return complain(error);
  }

  return show(value);
}

console.log(await run(Promise.resolve(4)));
console.log(await run(Promise.resolve(-1)));
console.log(await run(Promise.reject(new Error('rejected'))));
