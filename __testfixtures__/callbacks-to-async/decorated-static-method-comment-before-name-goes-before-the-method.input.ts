// A comment between a decorator and the method's name goes before the method when the method becomes
// async (printed after `async`, a line comment would break the method in two).
import * as fs from 'fs';

function log(value: any, context: ClassMethodDecoratorContext) {}

class Files {
  @log
  // one read
  static show(file: string): void {
    fs.readFile(file, (err, data) => {
      if (err) throw err;
      console.log(data.length);
    });
  }
}

Files.show('x.txt');
