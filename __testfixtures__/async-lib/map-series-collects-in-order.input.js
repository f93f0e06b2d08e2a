// unpyramid-fixture: runnable
// mapSeries: one item after another, the values pushed in order.
const async = require('async');
const fs = require('fs');

const names = ['a.json', 'b.json'];
names.forEach((name, i) => fs.writeFileSync(name, JSON.stringify({ i })));

async.mapSeries(names, function (name, cb) {
  fs.readFile(name, 'utf8', function (err, text) {
    if (err) return cb(err);
    cb(null, JSON.parse(text).i);
  });
}, function (err, values) {
  if (err) return console.log('failed', err.message);
  console.log(values);
});
