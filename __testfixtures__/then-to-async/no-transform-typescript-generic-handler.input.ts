// unpyramid-fixture: runnable
// unpyramid-fixture: skip handler-parameters-not-simple
// TypeScript: a generic handler's type parameter would have no declaration left where its body lands.
async function wrap(value: Promise<number>): Promise<number> {
  const size = await value.then(<T,>(x: T): T[] => [x]).then((list) => list.length);
  return size;
}

wrap(Promise.resolve(5)).then((n: number) => console.log('size', n));
