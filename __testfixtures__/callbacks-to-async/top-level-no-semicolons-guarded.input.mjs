// unpyramid-fixture: runnable
import fs from 'fs'

const log = console.log
fs.writeFileSync('n.txt', 'no semicolons here')
fs.readFile('n.txt', 'utf8', (err, text) => {
  if (err) throw err
  log(text)
})
log('first')
