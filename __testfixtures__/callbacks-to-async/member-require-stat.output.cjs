// unpyramid-fixture: runnable
const stat = require('fs').stat;

const { promisify } = require('util');

async function isFile(p, cb) {
  let stats;
  try {
    stats = await promisify(stat)(p);
  } catch (err) {
    return cb(null, false);
  }
  cb(null, stats.isFile());
}

isFile(__filename, (e, yes) => {
  console.log('this file', yes);
  isFile('/definitely/not/here', (e2, no) => console.log('missing', no));
});
