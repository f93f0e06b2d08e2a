// unpyramid-fixture: runnable
import fs from 'fs'

const log = console.log
fs.writeFileSync('n.txt', 'no semicolons here')
void (async () => {
  const text = await fs.promises.readFile('n.txt', 'utf8')
  log(text)
})()
log('first')
