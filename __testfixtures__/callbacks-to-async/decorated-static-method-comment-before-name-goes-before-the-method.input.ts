// A comment between a decorator and the method's name goes before the method when the method becomes
// async (printed after `async`, a line comment would break the method in two).
import * as fs from 'fs';

function log(value: any, context: ClassMethodDecoratorContext) {}

class Files {
  @log
  // one read
  static size(file: string, cb: (err: Error | null, n?: number) => void): void {
    fs.readFile(file, (err, data) => {
      if (err) return cb(err);
      cb(null, data.length);
    });
  }
}

Files.size('x.txt', (err, n) => console.log(err, n));
