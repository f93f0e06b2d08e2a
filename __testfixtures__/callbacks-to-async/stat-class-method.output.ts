// unpyramid-fixture: runnable
import * as fs from 'fs';

class SizeReader {
  prefix = 'size';

  async measure(file: string, cb: (err: Error | null, size?: string) => void): Promise<void> {
    let stats;
    try {
      stats = await fs.promises.stat(file);
    } catch (err: any) {
      return cb(err);
    }
    cb(null, `${this.prefix}=${stats.size}`);
  }
}

fs.writeFileSync('data.bin', Buffer.alloc(42));
new SizeReader().measure('data.bin', (err, size) => console.log(err, size));
