// unpyramid-fixture: runnable
import fs from 'fs'
export const name = 'x'
void (async () => {
  const data = await fs.promises.readFile(new URL(import.meta.url), 'utf8')
  console.log('read', data.length > 0)
})()
console.log('sync')
