// unpyramid-fixture: runnable
// unpyramid-fixture: skip enclosing-function-may-be-constructor
const fs = require('fs');
const factory = {};
factory.make = function (p) {
  this.p = p;
  fs.stat(__filename, (err) => {
    if (err) return;
    console.log('stat ok');
  });
};
const o = new factory.make('x');
console.log('made', o.p);
