// unpyramid-fixture: runnable
const fs = require('fs')
const out = __dirname + '/out'
if (!fs.existsSync(out)) fs.mkdirSync(out)
void (async () => {
  await fs.promises.writeFile(out + '/a.txt', 'hello')
  console.log('written')
})()
