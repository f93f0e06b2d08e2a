// unpyramid-fixture: runnable
// TypeScript: the type of `new Promise<T>` goes on promisify's promise as `as Promise<T>`. Where an
// operator binds tighter than `as` (await, `.then`, `!`), the assertion is put in parentheses, so it
// still applies to the promise and not to what the operator made of it.
interface User {
  id: number;
  name: string;
}

function getUser(id: number, callback: (err: Error | null, user?: User) => void): void {
  setImmediate(() => (id < 0 ? callback(new Error(`no user ${id}`)) : callback(null, { id, name: `user${id}` })));
}

export async function describe(id: number): Promise<string> {
  const next = id + 1;
  const after = id + 2;
  const user = await new Promise<User | undefined>((resolve, reject) => getUser(id, (err, found) => (err ? reject(err) : resolve(found))));
  const name = await new Promise<User | undefined>((resolve, reject) => getUser(next, (err, found) => (err ? reject(err) : resolve(found)))).then((next) => next?.name);
  const pending = !new Promise<User | undefined>((resolve, reject) => getUser(after, (err, found) => (err ? reject(err) : resolve(found))));
  return `${user?.name} then ${name} (${pending})`;
}

describe(1).then(console.log);
describe(-1).catch((err: Error) => console.log(err.message));
