// unpyramid-fixture: runnable
// The error handled in an if/else (either way round), or only the success branch written: the error
// branch goes into the catch and ends there, the success branch follows the await.
const fs = require('fs');

const { promisify } = require('util');

async function readName(file) {
  const text = await promisify(fs.readFile)(file, 'utf8');
  return text.trim();
}

async function sizeOf(file) {
  const stats = await fs.promises.stat(file);
  return stats.size;
}

async function logIfPresent(file) {
  let text;
  try {
    text = await promisify(fs.readFile)(file, 'utf8');
  } catch (err) {
    return;
  }
  lines.push('present: ' + text.trim());
}

async function show(file) {
  let name;
  try {
    name = await readName(file);
  } catch (err) {
    return lines.push('no name in ' + file + ': ' + err.code);
  }
  let size;
  try {
    size = await sizeOf(file);
  } catch (err) {
    return lines.push('no size: ' + err.code);
  }
  lines.push(file + ': ' + name + ', ' + size + ' bytes');
}

// What was found is printed at exit, sorted: the reads finish in any order.
const lines = [];
process.on('exit', () => console.log(lines.sort().join('\n')));
fs.writeFileSync('name.txt', ' Ada \n');
show('name.txt');
show('missing.txt');
logIfPresent('name.txt');
logIfPresent('missing.txt');
