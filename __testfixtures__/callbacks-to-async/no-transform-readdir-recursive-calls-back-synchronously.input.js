// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-may-be-synchronous
// Node 20's fs.readdir with `recursive` lists synchronously: the callback runs before the call returns
// (here before 'listed'), where code after an await would run after it.
const fs = require('fs');
function list() {
  fs.readdir('./tree', { recursive: true }, (err, names) => {
    if (err) throw err;
    console.log(names.join(' '));
  });
}
for (const dir of ['tree/a/b/c', 'tree/d/e', 'tree/z']) fs.mkdirSync(dir, { recursive: true });
for (const file of ['tree/a/b/c/f1', 'tree/a/f2', 'tree/d/e/f3']) fs.writeFileSync(file, '');
list();
console.log('listed');
