// unpyramid-fixture: runnable
// The iteratee's parameter has the name the collection expression reads (`node` of `node.children`): the loop
// gets a name of its own, so `for (const node of node.children)` never reads `node` before it is set.
function walk(node) {
  void (async (items) => {
    try {
      for (const node of items) {
        await null;console.log('child', node.name);
      }
    } catch (err) {
      return console.log('err', err.message);
    }
    console.log('done');
  })(node.children || []);
}
walk({ children: [{ name: 'a' }, { name: 'b' }] });
