// unpyramid-fixture: runnable
// TypeScript: a catch handler passed by name gets the error as `any` (a catch variable is `unknown`
// under --strict); a catch handler that returns nothing leaves the next step's `let` set to undefined,
// said out loud so the compiler sees it assigned.
function describeError(err: Error): string {
  return 'failed: ' + err.message;
}

async function load(p: Promise<string>): Promise<string> {
  try {
    const text: string = await p;
    return await text.trim();
  } catch (error: any) {
    return describeError(error);
  }
}

async function size(p: Promise<number>): Promise<number | void> {
  let n: number | void;

  try {
    n = await p;
  } catch (err: unknown) {
    console.log('ignored', String(err));
    n = undefined;
  }

  return n;
}

load(Promise.resolve(' x '))
  .then(console.log)
  .then(() => load(Promise.reject(new Error('down'))))
  .then(console.log)
  .then(() => size(Promise.reject(new Error('gone'))))
  .then((n) => console.log('size', n));
