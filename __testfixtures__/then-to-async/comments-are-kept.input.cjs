// unpyramid-fixture: runnable
// No comment is lost: one on code that moves stays with it; one on code the rewrite drops (a step's
// final `return`, the space between two steps) goes before the new statements, in order.
function load(id) {
  // Look the record up, then shape it for display.
  return Promise.resolve({ id, name: 'item ' + id })
    .then((record) => {
      // The name is what the list shows.
      return record.name;
    })
    .then((name) => name.toUpperCase()) // shouting is the house style
    // a failed lookup shows a placeholder
    .catch((err) => {
      /* a missing record is not an error here */
      return 'unknown';
    });
}

(async () => console.log(await load(3)))();
