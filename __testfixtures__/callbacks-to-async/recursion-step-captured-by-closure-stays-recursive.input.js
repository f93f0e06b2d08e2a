// unpyramid-fixture: runnable
// unpyramid-fixture: skip recursion-step-captured-by-closure
// Each step schedules a report that reads its own `name` later: in a loop all reports would share one
// `var name`. The step is flattened but stays a function that calls itself.
const fs = require('fs');

function statEach(names, cb) {
  var i = 0;
  function next() {
    if (i === names.length) return cb(null);
    var name = names[i++];
    fs.stat(name, function (err) {
      if (err) return cb(err);
      setTimeout(function () {
        console.log('checked', name);
      }, 20);
      next();
    });
  }
  next();
}

statEach(['.', '..'], (err) => console.log('done', err));
