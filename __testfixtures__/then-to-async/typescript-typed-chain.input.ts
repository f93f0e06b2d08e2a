// unpyramid-fixture: runnable
// TypeScript: the declared Promise<T> return type stays, parameter types go with the new declarations.
// A module (`export {}`): its functions are its own, and the one call of greeting is awaited.
interface User {
  name: string;
}

function loadUser(id: number): Promise<User> {
  return Promise.resolve({ name: 'user ' + id });
}

function greeting(id: number): Promise<string> {
  return loadUser(id)
    .then((user: User) => 'hello ' + user.name)
    .catch((err: Error) => 'no user: ' + err.message);
}

(async () => console.log(await greeting(7)))();

export {};
