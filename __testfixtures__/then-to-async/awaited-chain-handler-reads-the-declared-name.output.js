// unpyramid-fixture: runnable
// A handler reads the very name the chain's value is declared into (in its TDZ then): that name is not
// the try's variable, so reading it still throws a ReferenceError.
async function main() {
  try {
    const promise = Promise.reject(new Error('no'));
    let value;

    try {
      const x = await promise;
      value = await x;
    } catch {
      value = await result;
    }

    const result = value;
    console.log('resolved', result);
  } catch (err) {
    console.log('rejected', err.name);
  }
}

main();
