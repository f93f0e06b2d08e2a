// unpyramid-fixture: runnable
import { execFile } from 'node:child_process';

export function version(cb) {
  execFile(process.execPath, ['--version'], (error, stdout) => {
    if (error) return cb(error);
    cb(null, stdout.trim().startsWith('v'));
  });
}

version((err, ok) => console.log('node answers', err, ok));
