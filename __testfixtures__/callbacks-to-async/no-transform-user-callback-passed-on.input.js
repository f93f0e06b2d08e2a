// unpyramid-fixture: skip callback-escapes
// The callback is queued, to be called whenever the queue drains: nothing proves one call.
const waiting = [];

function whenReady(cb) {
  waiting.push(cb);
}

function main() {
  whenReady(function (err, config) {
    if (err) throw err;
    console.log('ready', config);
  });
}
main();
setImmediate(() => waiting.forEach((cb) => cb(null, { port: 1 })));
