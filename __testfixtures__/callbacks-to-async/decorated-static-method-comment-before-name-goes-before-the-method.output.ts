// A comment between a decorator and the method's name goes before the method when the method becomes
// async (printed after `async`, a line comment would break the method in two).
import * as fs from 'fs';

function log(value: any, context: ClassMethodDecoratorContext) {}

class Files {
  // one read
  @log
  static async size(file: string, cb: (err: Error | null, n?: number) => void): Promise<void> {
    let data;
    try {
      data = await fs.promises.readFile(file);
    } catch (err: any) {
      return cb(err);
    }
    cb(null, data.length);
  }
}

Files.size('x.txt', (err, n) => console.log(err, n));
