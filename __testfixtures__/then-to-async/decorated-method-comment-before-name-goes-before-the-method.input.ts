// A comment between a method's decorator and its name belongs to the name in the parse; `async` is
// printed before the name, and a line comment there would put a line break between `async` and the
// name, which makes `async` a property of its own: the comment goes before the method.
function log(value: any, context: ClassMethodDecoratorContext) {}

class Store {
  @log
  // reads once
  load(p: Promise<number>) {
    return p.then((v) => v + 1);
  }

  @log /* inline */ save(p: Promise<number>) {
    return p.then((v) => v * 2);
  }
}

export async function run(): Promise<number> {
  const store = new Store();
  return (await store.load(Promise.resolve(1))) + (await store.save(Promise.resolve(2)));
}
