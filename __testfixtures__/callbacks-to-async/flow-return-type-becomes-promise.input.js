// @flow
const fs = require('fs');
function logSize(p: string): void {
  fs.stat(p, (err, st) => {
    if (err) throw err;
    console.log(st.size);
  });
}
logSize(__filename);
