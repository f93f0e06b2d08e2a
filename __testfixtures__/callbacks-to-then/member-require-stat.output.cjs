// unpyramid-fixture: runnable
const stat = require('fs').stat;

const { promisify, callbackify } = require('util');

function isFile(p, cb) {
  callbackify(isFileAsync)(p, cb);
}

function isFileAsync(p) {
  return promisify(stat)(p).then((stats) => {
    return stats.isFile();
  }, (err) => {
    return false;
  });
}

isFile(__filename, (e, yes) => {
  console.log('this file', yes);
  isFile('/definitely/not/here', (e2, no) => console.log('missing', no));
});
