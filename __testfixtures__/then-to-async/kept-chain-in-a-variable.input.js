// unpyramid-fixture: runnable
// A chain kept in a variable for later: the variable still holds a promise of the last step's value,
// made at the same moment, and the code after it runs first.
const order = [];
const config = Promise.resolve('{"retries": 3}')
  .then((text) => JSON.parse(text))
  .then((parsed) => {
    order.push('parsed');
    return parsed.retries;
  });
order.push('after');

config.then((retries) => {
  order.push('retries ' + retries);
  console.log(order.join('\n'));
});
