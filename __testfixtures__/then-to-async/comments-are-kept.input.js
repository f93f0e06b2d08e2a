// unpyramid-fixture: runnable
// Comments on the statement and in the handlers stay with the code they describe.
function load(id) {
  // Look the record up, then shape it for display.
  return Promise.resolve({ id, name: 'item ' + id })
    .then((record) => {
      // The name is what the list shows.
      return record.name;
    })
    .then((name) => name.toUpperCase()) // shouting is the house style
    .catch((err) => {
      /* a missing record is not an error here */
      return 'unknown';
    });
}

load(3).then(console.log);
