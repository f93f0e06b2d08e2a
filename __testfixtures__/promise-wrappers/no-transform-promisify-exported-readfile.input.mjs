// unpyramid-fixture: skip promisified-function-escapes
// An exported promisified readFile: other modules may call it with a file descriptor, which
// fs.promises.readFile does not take as a number. Kept.
import fs from 'fs';
import { promisify } from 'util';

export const readFile = promisify(fs.readFile);
