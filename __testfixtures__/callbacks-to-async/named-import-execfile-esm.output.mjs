// unpyramid-fixture: runnable
import { execFile } from 'node:child_process';

import { promisify } from 'node:util';

export async function version(cb) {
  let stdout;
  try {
    ({ stdout } = await promisify(execFile)(process.execPath, ['--version']));
  } catch (error) {
    return cb(error);
  }
  cb(null, stdout.trim().startsWith('v'));
}

version((err, ok) => console.log('node answers', err, ok));
