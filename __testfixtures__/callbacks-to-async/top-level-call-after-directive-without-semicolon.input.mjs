'use strict'
fs.readFile(new URL(import.meta.url), 'utf8', (err, data) => {
  if (err) throw err
  console.log('read', data.length > 0)
})
import fs from 'fs'
// unpyramid-fixture: runnable
