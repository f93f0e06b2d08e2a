// unpyramid-fixture: runnable
import * as fs from 'fs';

class SizeReader {
  prefix = 'size';

  measure(file: string, cb: (err: Error | null, size?: string) => void): void {
    fs.stat(file, (err, stats) => {
      if (err) return cb(err);
      cb(null, `${this.prefix}=${stats.size}`);
    });
  }
}

fs.writeFileSync('data.bin', Buffer.alloc(42));
new SizeReader().measure('data.bin', (err, size) => console.log(err, size));
