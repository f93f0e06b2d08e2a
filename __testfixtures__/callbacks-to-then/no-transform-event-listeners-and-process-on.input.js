// unpyramid-fixture: skip not-an-error-first-api
// Listeners run on every event; an `err` parameter does not make them error-first callbacks.
const net = require('net');

const server = net.createServer();
server.on('error', function (err) {
  if (err) throw err;
});
process.on('uncaughtException', function (err) {
  if (err) {
    console.error(err);
    return;
  }
});
