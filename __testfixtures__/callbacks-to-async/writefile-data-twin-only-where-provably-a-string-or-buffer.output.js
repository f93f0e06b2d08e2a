// fs.promises.writeFile also writes arrays, Sets, generators and streams, which fs.writeFile rejects:
// the twin is used where the data is provably a string, Buffer, TypedArray or DataView (a literal, a
// template, JSON.stringify, Buffer.from, what fs.readFile gave), and promisify(fs.writeFile) elsewhere.
const fs = require('fs');

const { promisify, callbackify } = require('util');

function saveAll(lines, cb) {
  callbackify(saveAllAsync)(lines, cb);
}

async function saveAllAsync(lines) {
  await promisify(fs.writeFile)('all.txt', lines);
  await fs.promises.writeFile('all.json', JSON.stringify(lines));
  const data = await fs.promises.readFile('all.json');
  await fs.promises.appendFile('copy.json', data);
  return data.length;
}

saveAll(['a', 'b'], (err, n) => console.log(err ? err.code : n));
