// unpyramid-fixture: runnable
// TypeScript: a floating chain on a generic call keeps its type arguments; the handlers' annotations
// stay on their declarations.
function load<T>(value: T): Promise<T> {
  return new Promise<T>((resolve) => setTimeout(() => resolve(value), 1));
}

{
  const promise = load<number[]>([1, 2, 3]);

  void (async () => {
    try {
      const values: number[] = await promise;
      const doubled: number[] = await values.map((v) => v * 2);
      return await console.log('doubled', doubled.join(','));
    } catch (err: unknown) {
      return console.log('failed', String(err));
    }
  })();
}

console.log('scheduled');
