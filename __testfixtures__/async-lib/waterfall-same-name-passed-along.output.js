// unpyramid-fixture: runnable
// Tasks that all call their value `data`: one variable, assigned again by each task.
const fs = require('fs');
const { promisify } = require('util');

fs.writeFileSync('in.txt', '  padded  ');

void (async () => {
  let data = await fs.promises.readFile('in.txt', 'utf8');
  data = data.trim();
  data = data.toUpperCase();
  await promisify(fs.writeFile)('out.txt', data);
  console.log(JSON.stringify(fs.readFileSync('out.txt', 'utf8')));
})();
