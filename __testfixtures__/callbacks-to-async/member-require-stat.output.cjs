// unpyramid-fixture: runnable
const stat = require('fs').stat;

const { promisify, callbackify } = require('util');

function isFile(p, cb) {
  callbackify(isFileAsync)(p, cb);
}

async function isFileAsync(p) {
  let stats;
  try {
    stats = await promisify(stat)(p);
  } catch (err) {
    return false;
  }
  return stats.isFile();
}

isFile(__filename, (e, yes) => {
  console.log('this file', yes);
  isFile('/definitely/not/here', (e2, no) => console.log('missing', no));
});
