// unpyramid-fixture: runnable
// CommonJS: a function on `module.exports` that returns a chain becomes async where it is defined.
const fs = require('fs');
const path = require('path');
const os = require('os');

module.exports.readJson = async function(file) {
  try {
    const text = await fs.promises.readFile(file, 'utf8');
    return await JSON.parse(text);
  } catch (err) {
    return { error: err.code };
  }
};

const file = path.join(os.tmpdir(), 'unpyramid-then-' + process.pid + '.json');
fs.writeFileSync(file, '{"ok":true}');
const promise = module.exports.readJson(file);

void (async () => {
  try {
    const data = await promise;
    await console.log(data);
    const data2 = await module.exports.readJson(file + '.missing');
    return await console.log(data2);
  } finally {
    await fs.unlinkSync(file);
  }
})();
