// unpyramid-fixture: runnable
// build tool: reads two inputs, in order;
const fs = require('fs')
const seen = []
process.on('exit', () => console.log(seen.sort().join(' ')))
void (async () => {
  const a = await fs.promises.readFile(__filename, 'utf8')
  seen.push('a:' + (a.length > 0))
})()
void (async () => {
  const b = await fs.promises.readFile(__filename, 'utf8')
  seen.push('b:' + (b.length > 0))
})()
console.log('sync')
