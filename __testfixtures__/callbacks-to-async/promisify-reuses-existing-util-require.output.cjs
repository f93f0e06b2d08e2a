// unpyramid-fixture: runnable
'use strict';
const util = require('util');
const fs = require('fs');

const log = util.format;

function appendLine(file, line, cb) {
  util.callbackify(appendLineAsync)(file, line, cb);
}

async function appendLineAsync(file, line) {
  await util.promisify(fs.appendFile)(file, line + '\n');
  const where = await util.promisify(fs.realpath)('.');
  return where.length > 0;
}

appendLine('log.txt', 'one', (err, ok) => {
  console.log(log('%s %s', err, ok), require('fs').readFileSync('log.txt', 'utf8'));
});
