// unpyramid-fixture: skip named-callback-not-inlinable
const fs = require('fs');
const label = 'module label';

// Inlined into report(), `label` would mean report's parameter instead of the module's constant.
function onStat(err, stats) {
  if (err) return console.log(label, 'missing');
  console.log(label, stats.size);
}

function report(label) {
  console.log('checking', label);
  fs.stat('./x.txt', onStat);
}
module.exports = report;
