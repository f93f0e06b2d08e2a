// unpyramid-fixture: runnable
const fs = require('fs')
const out = __dirname + '/out'
if (!fs.existsSync(out)) fs.mkdirSync(out)
fs.writeFile(out + '/a.txt', 'hello', (err) => {
  if (err) throw err
  console.log('written')
})
