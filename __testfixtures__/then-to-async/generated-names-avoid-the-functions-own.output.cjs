// unpyramid-fixture: runnable
// The function already has a `promise` and a `value`: the base's constant and the handed-on value get
// names of their own, so nothing the function reads is shadowed.
async function describe(promise, value) {
  const promise2 = Promise.resolve(value + 1);

  try {
    const value2 = await promise2;
    return await format(value2);
  } catch {
    return 'failed';
  } finally {
    await console.log('described', value, typeof promise);
  }
}

function format(n) {
  return 'n=' + n;
}

(async () => console.log(await describe('p', 1)))();
