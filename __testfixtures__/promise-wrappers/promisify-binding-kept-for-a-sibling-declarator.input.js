// unpyramid-fixture: runnable
// promisify is still used by another declarator of the same statement (exec has no twin): its binding
// stays.
const fs = require('fs');
const cp = require('child_process');
const { promisify } = require('util'), exec = promisify(cp.exec), stat = promisify(fs.stat);

stat(__filename)
  .then((stats) => exec('echo ' + stats.isFile()))
  .then(({ stdout }) => console.log(stdout.trim()));
