// unpyramid-fixture: runnable
'use strict';
const util = require('util');
const fs = require('fs');

const log = util.format;

async function appendLine(file, line, cb) {
  try {
    await util.promisify(fs.appendFile)(file, line + '\n');
  } catch (err) {
    return cb(err);
  }
  let where;
  try {
    where = await util.promisify(fs.realpath)('.');
  } catch (err) {
    return cb(err);
  }
  cb(null, where.length > 0);
}

appendLine('log.txt', 'one', (err, ok) => {
  console.log(log('%s %s', err, ok), require('fs').readFileSync('log.txt', 'utf8'));
});
