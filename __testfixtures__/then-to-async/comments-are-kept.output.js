// unpyramid-fixture: runnable
// Comments on the statement and in the handlers stay with the code they describe.
async function load(id) {
  // Look the record up, then shape it for display.
  const promise = Promise.resolve({ id, name: 'item ' + id });

  try {
    const record = await promise;
    const name = await record.name;
    return await name.toUpperCase();
  } catch (err) {
    /* a missing record is not an error here */
    return 'unknown';
  }
}

load(3).then(console.log);
