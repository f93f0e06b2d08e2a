// unpyramid-fixture: runnable
const fs = require('fs');

const { promisify, callbackify } = require('util');

function size(p, cb) {
  callbackify(sizeAsync)(p, cb);
}

async function sizeAsync(p) {
  const fd = await promisify(fs.open)(p, 'r');
  return typeof fd;
}

const util = require('util');
size(__filename, (err, t) => console.log(util.format('%s %s', err, t)));
