// unpyramid-fixture: skip callback-handed-to-unknown-api
// The task hands its callback to a function of another module: what it calls back with is not known.
const async = require('async');
const db = require('./db');

async.waterfall([
  (cb) => db.connect(cb),
  (connection, cb) => connection.query('select 1', cb),
], (err, rows) => {
  if (err) return console.log(err.message);
  console.log(rows);
});
