// unpyramid-fixture: runnable
// The function already has a `promise` and a `value`: the base's constant and the handed-on value get
// names of their own, so nothing the function reads is shadowed.
function describe(promise, value) {
  return Promise.resolve(value + 1)
    .then(format)
    .catch(() => 'failed')
    .finally(() => console.log('described', value, typeof promise));
}

function format(n) {
  return 'n=' + n;
}

(async () => console.log(await describe('p', 1)))();
