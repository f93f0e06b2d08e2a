// unpyramid-fixture: runnable
// A handler reads the very name the chain's value is declared into (in its TDZ then): that name is not
// the try's variable, so reading it still throws a ReferenceError.
async function main() {
  try {
    const result = await Promise.reject(new Error('no'))
      .then((x) => x)
      .catch(() => result);
    console.log('resolved', result);
  } catch (err) {
    console.log('rejected', err.name);
  }
}

main();
