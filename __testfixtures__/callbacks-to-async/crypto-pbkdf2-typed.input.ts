// unpyramid-fixture: runnable
import * as crypto from 'crypto';

export function derive(password: string, salt: string, done: (err: Error | null, hex?: string) => void): void {
  crypto.pbkdf2(password, salt, 1000, 16, 'sha256', (err, key: Buffer) => {
    if (err) return done(err);
    done(null, key.toString('hex'));
  });
}

derive('secret', 'salt', (err, hex) => console.log(err, hex));
