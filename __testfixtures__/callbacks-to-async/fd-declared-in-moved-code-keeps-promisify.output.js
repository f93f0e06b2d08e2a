// unpyramid-fixture: runnable
const fs = require('fs');
const { promisify } = require('util');
const file = __filename;
async function main() {
  const st = await fs.promises.stat(__filename);
  const file = fs.openSync(__filename, 'r');
  let text;
  try {
    text = await promisify(fs.readFile)(file, 'utf8');
  } catch (err2) {
    console.log('read failed:', err2.code);return;
  }
  console.log('read', text.length === st.size);
}
main();
