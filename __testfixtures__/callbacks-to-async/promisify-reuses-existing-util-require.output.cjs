// unpyramid-fixture: runnable
'use strict';
const util = require('util');
const fs = require('fs');

const appendFileAsync = util.promisify(fs.appendFile);
const realpathAsync = util.promisify(fs.realpath);

const log = util.format;

async function appendLine(file, line, cb) {
  try {
    await appendFileAsync(file, line + '\n');
  } catch (err) {
    return cb(err);
  }
  let where;
  try {
    where = await realpathAsync('.');
  } catch (err) {
    return cb(err);
  }
  cb(null, where.length > 0);
}

appendLine('log.txt', 'one', (err, ok) => {
  console.log(log('%s %s', err, ok), require('fs').readFileSync('log.txt', 'utf8'));
});
