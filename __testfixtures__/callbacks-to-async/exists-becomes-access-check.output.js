// unpyramid-fixture: runnable
const fs = require('fs');

async function check(cb) {
  const exists = await fs.promises.access('./x.txt').then(() => true, () => false);
  cb(exists);
}

void (async () => {
  const a = await new Promise((resolve) => check(resolve));
  console.log('x.txt exists:', a);
  fs.writeFileSync('x.txt', '');
  const b = await new Promise((resolve) => check(resolve));
  console.log('x.txt exists:', b);
})();
