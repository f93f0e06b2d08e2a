// unpyramid-fixture: runnable
// The iteratee's parameter has the name the collection expression reads (`node` of `node.children`): the loop
// gets a name of its own, so `for (const node of node.children)` never reads `node` before it is set.
const async = require('async');
function walk(node) {
  async.eachSeries(node.children, async (node) => { await null; console.log('child', node.name); }, (err) => {
    if (err) return console.log('err', err.message);
    console.log('done');
  });
}
walk({ children: [{ name: 'a' }, { name: 'b' }] });
