// A comment between a decorator and the method's name goes before the method when the method becomes
// async (printed after `async`, a line comment would break the method in two).
import * as fs from 'fs';

function log(value: any, context: ClassMethodDecoratorContext) {}

class Files {
  // one read
  @log
  static async show(file: string): Promise<void> {
    const data = await fs.promises.readFile(file);
    console.log(data.length);
  }
}

Files.show('x.txt');
