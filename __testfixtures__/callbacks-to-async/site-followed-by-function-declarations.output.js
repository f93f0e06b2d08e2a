// unpyramid-fixture: runnable
// Function declarations after the call do nothing where they stand (they were made when the function
// was entered): the call still ends its function, and the helpers it calls stay where they are.
var fs = require('fs');

const { promisify } = require('util');

async function report(file) {
  let text2;
  try {
    text2 = await promisify(fs.readFile)(file, 'utf8');
  } catch (err) {
    return fail(err);
  }
  succeed(text2);

  function fail(err) {
    console.log('cannot read', file, err.code);
  }

  function succeed(text) {
    console.log(file, 'has', text.length, 'characters');
  }
}

fs.writeFileSync('f.txt', 'four');
report('f.txt');
setTimeout(() => report('none.txt'), 20);
