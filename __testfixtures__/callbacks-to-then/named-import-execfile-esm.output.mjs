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

version((err, ok) => console.log('node answers', err, ok));
