// unpyramid-fixture: runnable
const fs = require('fs');
const data = 'module-level data';
async function load(p) {
  let data;
  try {
    data = await fs.promises.readFile('/nonexistent', 'utf8');
  } catch (err) {
    console.log('could not read, partial =', data);return;
  }
  console.log('ok');
}
load();
