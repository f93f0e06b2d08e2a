// unpyramid-fixture: runnable
import * as crypto from 'crypto';

import { promisify, callbackify } from 'util';

export function derive(password: string, salt: string, done: (err: Error | null, hex?: string) => void): void {
  callbackify(deriveAsync)(password, salt, done);
}

async function deriveAsync(password: string, salt: string): Promise<string | undefined> {
  let key: Buffer;
  key = await promisify(crypto.pbkdf2)(password, salt, 1000, 16, 'sha256');
  return key.toString('hex');
}

void (async () => {
  let err: any = null, hex: any;
  try {
    hex = await deriveAsync('secret', 'salt');
  } catch (caught) {
    err = caught;
  }
  console.log(err, hex);
})();
