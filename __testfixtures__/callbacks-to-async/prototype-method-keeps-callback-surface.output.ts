// unpyramid-fixture: runnable
// A prototype method is reached through instances, which this file does not follow: made async with
// its callback, a caller that tells async functions apart would call it without one. It keeps its
// callback surface, its body in an async arrow (its `this` is the method's) handed to callbackify.
import * as fs from 'fs';

import { callbackify } from 'util';

class SizeReader {
  prefix = 'size';

  measure(file: string, cb: (err: Error | null, size?: string) => void): void {
    callbackify(async (): Promise<string | undefined> => {
      const stats = await fs.promises.stat(file);
      return `${this.prefix}=${stats.size}`;
    })(cb);
  }
}

fs.writeFileSync('data.bin', Buffer.alloc(42));
new SizeReader().measure('data.bin', (err, size) => console.log(err, size));
