// unpyramid-fixture: runnable
// readdir, then a stat of every entry side by side, counting up, with a flag so that only the first
// error calls back: the flag and the counter go, Promise.all keeps the first error alone.
const fs = require('fs');
const path = require('path');

async function sizes(dir, done) {
  let names;
  try {
    names = await fs.promises.readdir(dir);
  } catch (err) {
    return done(err);
  }
  var result = {};
  if (names.length === 0) return done(null, result);
  try {
    await Promise.all(names.map(async function(name) {
      const stats = await fs.promises.stat(path.join(dir, name));
      result[name] = stats.size;
    }));
  } catch (err) {
    return done(err);
  }
  done(null, result);
}

fs.mkdirSync('full', { recursive: true });
fs.writeFileSync('full/one', '1');
fs.writeFileSync('full/three', '333');
fs.mkdirSync('empty', { recursive: true });
fs.mkdirSync('broken', { recursive: true });
fs.writeFileSync('broken/fine', 'ok');
try { fs.symlinkSync('nowhere', 'broken/dangling'); } catch {}
// The four finish in any order: what they found is printed at exit, sorted.
const lines = [];
process.on('exit', () => console.log(lines.sort().join('\n')));
const report = (label) => (err, found) => lines.push(label + ' ' + (err ? err.code : JSON.stringify(found, Object.keys(found || {}).sort())));
sizes('full', report('full:'));
sizes('empty', report('empty:'));
sizes('broken', report('broken:'));
sizes('absent', report('absent:'));
