// unpyramid-fixture: runnable
// A file without semicolons: the parameters of the next turn are set through `const` temporaries, so no
// new statement starts with `[` or `(` and joins the line before.
const fs = require('fs')
function totalLength(files, cb) {
  (function step(index, total) {
    if (index >= files.length) return cb(null, total)
    fs.readdir(files[index], function (err, text) {
      if (err) return cb(err)
      console.log('read', index)
      step(index + 1, total + text.length)
    })
  })(0, 0)
}
totalLength(['.', '.'], function (err, total) { console.log('total', err, total > 0) })
