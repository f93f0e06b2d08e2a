// unpyramid-fixture: runnable
const stat = require('fs').stat;

function isFile(p, cb) {
  stat(p, (err, stats) => {
    if (err) return cb(null, false);
    cb(null, stats.isFile());
  });
}

isFile(__filename, (e, yes) => {
  console.log('this file', yes);
  isFile('/definitely/not/here', (e2, no) => console.log('missing', no));
});
