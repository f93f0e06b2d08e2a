

// A file that starts with blank lines and a comment block, with no import to put the new one after:
// the comments stay at the head, above the added require.
const { promisify } = require('util')
async function f(p) {
  await promisify(fs.stat).call(fs, p)
}
void (async () => {
  await f('.')
})()
