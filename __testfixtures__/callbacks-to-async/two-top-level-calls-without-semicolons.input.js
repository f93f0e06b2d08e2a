// unpyramid-fixture: runnable
// build tool: reads two inputs, in order;
const fs = require('fs')
const seen = []
process.on('exit', () => console.log(seen.sort().join(' ')))
fs.readFile(__filename, 'utf8', (err, a) => {
  if (err) throw err
  seen.push('a:' + (a.length > 0))
})
fs.readFile(__filename, 'utf8', (err, b) => {
  if (err) throw err
  seen.push('b:' + (b.length > 0))
})
console.log('sync')
