// unpyramid-fixture: runnable
import { execFile } from 'node:child_process';

import { promisify, callbackify } from 'node:util';

export function version(cb) {
  callbackify(versionAsync)(cb);
}

async function versionAsync() {
  const { stdout } = await promisify(execFile)(process.execPath, ['--version']);
  return stdout.trim().startsWith('v');
}

void (async () => {
  let err = null, ok;
  try {
    ok = await versionAsync();
  } catch (caught) {
    err = caught;
  }
  console.log('node answers', err, ok);
})();
