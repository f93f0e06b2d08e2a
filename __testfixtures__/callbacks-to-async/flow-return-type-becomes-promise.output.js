// @flow
const fs = require('fs');
async function logSize(p: string): Promise<void> {
  const st = await fs.promises.stat(p);
  console.log(st.size);
}
logSize(__filename);
