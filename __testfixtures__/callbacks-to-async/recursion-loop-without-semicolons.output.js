// unpyramid-fixture: runnable
// A file without semicolons: the parameters of the next turn are set through `const` temporaries, so no
// new statement starts with `[` or `(` and joins the line before.
const fs = require('fs')
async function totalLength(files, cb) {
  let index = 0, total = 0

  while (true) {
    if (index >= files.length) return cb(null, total)
    let text
    try {
      text = await fs.promises.readdir(files[index])
    } catch (err) {
      return cb(err)
    }
    console.log('read', index)
    const nextIndex = index + 1, nextTotal = total + text.length
    index = nextIndex
    total = nextTotal
  }
}
totalLength(['.', '.'], function (err, total) { console.log('total', err, total > 0) })
