// unpyramid-fixture: runnable
// TypeScript: a step's parameter type goes with its declaration, the declared variable keeps its type,
// a catch parameter is `any` (TypeScript allows only `any` or `unknown` there).
interface Row {
  id: number;
  label: string;
}

async function labels(rows: Promise<Row[]>): Promise<string> {
  let text: string;

  try {
    const list: Row[] = await rows;
    const names: string[] = await list.map((row: Row) => row.label);
    text = await names.join(', ');
  } catch (err: any) {
    text = 'failed: ' + err.message;
  }

  return text;
}

void (async () => {
  const out: string = await labels(Promise.resolve([{ id: 1, label: 'one' }, { id: 2, label: 'two' }]));
  await console.log(out);
  const out2: string = await labels(Promise.reject(new Error('down')));
  return console.log(out2);
})();
