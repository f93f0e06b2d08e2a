// unpyramid-fixture: skip not-an-error-first-api
// `emitter.once` is a listener, not an error-first API: events.once() would resolve with an array of
// the arguments and reject on an 'error' event, which the listener never saw.
const { EventEmitter } = require('events');

const emitter = new EventEmitter();

function waitForDone() {
  emitter.once('done', function (err, value) {
    if (err) return console.log('failed');
    console.log('done', value);
  });
}

waitForDone();
emitter.emit('done', null, 42);
