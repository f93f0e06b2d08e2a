// unpyramid-fixture: runnable
import * as crypto from 'crypto';

import { promisify } from 'util';

export async function derive(password: string, salt: string, done: (err: Error | null, hex?: string) => void): Promise<void> {
  let key: Buffer;
  try {
    key = await promisify(crypto.pbkdf2)(password, salt, 1000, 16, 'sha256');
  } catch (err: any) {
    return done(err);
  }
  done(null, key.toString('hex'));
}

derive('secret', 'salt', (err, hex) => console.log(err, hex));
