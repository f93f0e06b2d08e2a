// unpyramid-fixture: skip named-callback-not-inlinable
const fs = require('fs');

function onStat(err, stats) {
  if (err) return console.log('no');
  console.log(stats.size > 0);
}

function a() {
  fs.stat('./a.txt', onStat);
}

function b() {
  fs.stat('./b.txt', onStat);
}
module.exports = { a, b };
