// unpyramid-fixture: runnable
// TypeScript: a catch handler passed by name gets the error as `any` (a catch variable is `unknown`
// under --strict); a catch handler that returns nothing leaves the next step's `let` set to undefined,
// said out loud so the compiler sees it assigned.
function describeError(err: Error): string {
  return 'failed: ' + err.message;
}

function load(p: Promise<string>): Promise<string> {
  return p.then((text: string) => text.trim()).catch(describeError);
}

async function size(p: Promise<number>): Promise<number | void> {
  return p
    .catch((err: unknown) => {
      console.log('ignored', String(err));
    })
    .then((n: number | void) => n);
}

load(Promise.resolve(' x '))
  .then(console.log)
  .then(() => load(Promise.reject(new Error('down'))))
  .then(console.log)
  .then(() => size(Promise.reject(new Error('gone'))))
  .then((n) => console.log('size', n));
