

// A file that starts with blank lines and a comment block, with no import to put the new one after:
// the comments stay at the head, above the added require.
function f (p, cb) {
  fs.stat(p, function (er) {
    if (er) return cb(er)
    cb()
  })
}
f('.', function (er) { if (er) throw er })
