'use strict'
void (async () => {
  const data = await fs.promises.readFile(new URL(import.meta.url), 'utf8')
  console.log('read', data.length > 0)
})()
import fs from 'fs'
// unpyramid-fixture: runnable
