// unpyramid-fixture: runnable
import fs from 'fs'
export const name = 'x'
fs.readFile(new URL(import.meta.url), 'utf8', (err, data) => {
  if (err) throw err
  console.log('read', data.length > 0)
})
console.log('sync')
