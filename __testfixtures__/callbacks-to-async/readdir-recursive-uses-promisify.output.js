// unpyramid-fixture: runnable
const fs = require('fs');
const { promisify } = require('util');
async function list() {
  const names = await promisify(fs.readdir)('./tree', { recursive: true });
  console.log(names.join(' '));
}
for (const dir of ['tree/a/b/c', 'tree/d/e', 'tree/z']) fs.mkdirSync(dir, { recursive: true });
for (const file of ['tree/a/b/c/f1', 'tree/a/f2', 'tree/d/e/f3']) fs.writeFileSync(file, '');
list();
