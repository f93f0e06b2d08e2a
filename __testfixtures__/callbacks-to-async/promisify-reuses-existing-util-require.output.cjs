// unpyramid-fixture: runnable
'use strict';
const util = require('util');
const fs = require('fs');

const log = util.format;

async function appendLine(file, line) {
  await util.promisify(fs.appendFile)(file, line + '\n');
  const where = await util.promisify(fs.realpath)('.');
  return where.length > 0;
}

void (async () => {
  let err = null, ok;
  try {
    ok = await appendLine('log.txt', 'one');
  } catch (caught) {
    err = caught;
  }
  console.log(log('%s %s', err, ok), require('fs').readFileSync('log.txt', 'utf8'));
})();
