const fs = require('fs');

const { promisify, callbackify } = require('util');

// `fs` here is a parameter (a mock, perhaps), not the core module: its readFile is called through
// promisify, on trust, never through the fs.promises twin.
function read(fs, cb) {
  callbackify(readAsync)(fs, cb);
}

async function readAsync(fs) {
  const data = await promisify(fs.readFile).call(fs, './x.txt');
  return data;
}

module.exports = { read, fs };
