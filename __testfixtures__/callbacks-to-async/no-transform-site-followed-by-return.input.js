// unpyramid-fixture: skip not-in-tail-position
// `return emitter;` after the call runs before its callback, and the function's callers read it: an
// await there would hand them a promise, and the emitter too late.
var fs = require('fs');
var EventEmitter = require('events').EventEmitter;

function watchSize(file) {
  var emitter = new EventEmitter();
  fs.stat(file, function (err, stats) {
    if (err) return emitter.emit('error', err);
    emitter.emit('size', stats.size);
  });
  return emitter;

  function unused() {}
}

watchSize(__filename).on('size', function (size) {
  console.log('size known', size > 0);
});
