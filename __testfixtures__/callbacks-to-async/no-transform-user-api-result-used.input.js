// unpyramid-fixture: skip call-result-used
// The call returns a handle the caller keeps: after promisify it would be lost.
function watch(db) {
  const handle = db.query('select 1', function (err, rows) {
    if (err) throw err;
    console.log(rows);
  });
  return handle;
}
module.exports = watch;
