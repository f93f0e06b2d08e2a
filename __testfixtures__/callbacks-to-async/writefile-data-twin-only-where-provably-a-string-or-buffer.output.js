// fs.promises.writeFile also writes arrays, Sets, generators and streams, which fs.writeFile rejects:
// the twin is used where the data is provably a string, Buffer, TypedArray or DataView (a literal, a
// template, JSON.stringify, Buffer.from, what fs.readFile gave), and promisify(fs.writeFile) elsewhere.
const fs = require('fs');

const { promisify } = require('util');

async function saveAll(lines) {
  await promisify(fs.writeFile)('all.txt', lines);
  await fs.promises.writeFile('all.json', JSON.stringify(lines));
  const data = await fs.promises.readFile('all.json');
  await fs.promises.appendFile('copy.json', data);
  return data.length;
}

void (async () => {
  let err = null, n;
  try {
    n = await saveAll(['a', 'b']);
  } catch (caught) {
    err = caught;
  }
  console.log(err ? err.code : n);
})();
