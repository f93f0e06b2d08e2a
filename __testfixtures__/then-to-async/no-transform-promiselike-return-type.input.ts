// unpyramid-fixture: skip return-type-not-promise
// An async function must be declared to return the global Promise<T>; `PromiseLike<number>` would not
// type-check.
interface User {
  age?: number;
}

declare function load(id: string): Promise<User>;

export function ageOf(id: string): PromiseLike<number> {
  return load(id).then((user) => user.age ?? 0);
}
