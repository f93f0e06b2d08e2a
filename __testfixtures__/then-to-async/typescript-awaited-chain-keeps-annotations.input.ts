// unpyramid-fixture: runnable
// TypeScript: a step's parameter type goes with its declaration, the declared variable keeps its type,
// a catch parameter is `any` (TypeScript allows only `any` or `unknown` there).
interface Row {
  id: number;
  label: string;
}

async function labels(rows: Promise<Row[]>): Promise<string> {
  const text: string = await rows
    .then((list: Row[]) => list.map((row: Row) => row.label))
    .then((names: string[]) => names.join(', '))
    .catch((err: Error) => 'failed: ' + err.message);
  return text;
}

labels(Promise.resolve([{ id: 1, label: 'one' }, { id: 2, label: 'two' }]))
  .then((out: string) => console.log(out))
  .then(() => labels(Promise.reject(new Error('down'))))
  .then((out: string) => console.log(out));
