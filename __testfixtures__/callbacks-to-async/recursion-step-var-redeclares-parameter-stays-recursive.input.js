// unpyramid-fixture: runnable
// unpyramid-fixture: skip recursion-step-var-not-at-top
// `var i` in the step is its parameter `i` again: as `let` in a loop it would be another, undefined
// variable. The step is flattened and keeps calling itself.
const fs = require('fs');

function statAll(items, cb) {
  (function step(i) {
    var i;
    if (i >= items.length) return cb(null, 'done');
    fs.stat(items[i], function (err) {
      if (err) return cb(err);
      console.log('item', i);
      step(i + 1);
    });
  })(0);
}

statAll(['.', '..'], (err, said) => console.log(err, said));
