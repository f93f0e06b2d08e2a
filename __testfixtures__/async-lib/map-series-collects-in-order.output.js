// unpyramid-fixture: runnable
// mapSeries: one item after another, the values pushed in order.
const fs = require('fs');
const { promisify } = require('util');

const names = ['a.json', 'b.json'];
names.forEach((name, i) => fs.writeFileSync(name, JSON.stringify({ i })));

void (async () => {
  let values;
  try {
    values = [];

    for (const name of names) {
      const text = await promisify(fs.readFile)(name, 'utf8');
      values.push(JSON.parse(text).i);
    }
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log(values);
})();
