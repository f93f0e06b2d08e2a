// unpyramid-fixture: runnable
import { execFile } from 'node:child_process';

import { promisify, callbackify } from 'node:util';

export function version(cb) {
  callbackify(versionAsync)(cb);
}

function versionAsync() {
  return promisify(execFile)(process.execPath, ['--version']).then(({ stdout }) => {
    return stdout.trim().startsWith('v');
  });
}

void (() => {
  let err = null, ok;
  return versionAsync().then((result) => {
    ok = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    console.log('node answers', err, ok);
  });
})();
