// unpyramid-fixture: runnable
const fs = require('fs');

function check(cb) {
  fs.exists('./x.txt', (exists) => {
    cb(exists);
  });
}

check((a) => {
  console.log('x.txt exists:', a);
  fs.writeFileSync('x.txt', '');
  check((b) => console.log('x.txt exists:', b));
});
