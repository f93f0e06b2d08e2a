// unpyramid-fixture: runnable
// TypeScript: a floating chain on a generic call keeps its type arguments; the handlers' annotations
// stay on their declarations.
function load<T>(value: T): Promise<T> {
  return new Promise<T>((resolve) => setTimeout(() => resolve(value), 1));
}

load<number[]>([1, 2, 3])
  .then((values: number[]) => values.map((v) => v * 2))
  .then((doubled: number[]) => console.log('doubled', doubled.join(',')))
  .catch((err: unknown) => console.log('failed', String(err)));
console.log('scheduled');
