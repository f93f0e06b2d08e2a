// unpyramid-fixture: runnable
// `return chain` inside an `if`, a loop and a switch case of an async function: written out, the steps
// end with a `return;` of their own where the last handler falls off its end, so the code after the
// statement still does not run.
async function pick(flag) {
  if (flag) {
    const a = await Promise.resolve(1);
    console.log('a', a);
    return;
  }
  console.log('after the if');
  return 'end';
}

async function firstEven(list) {
  for (const n of list) {
    if (n % 2 === 0) {
      try {
        const even = await Promise.resolve(n);
        return await console.log('even', even);
      } catch {
        console.log('never');
      }

      return;
    }
  }
  return 'none';
}

async function byKind(kind) {
  switch (kind) {
    case 1:
      const label = await Promise.resolve('one');
      console.log('case', label);
      return;
    case 2:
      return 'two';
  }
  return 'other';
}

void (async () => {
  const v = await pick(true);
  await console.log('result', v);
  const v2 = await firstEven([1, 4, 6]);
  await console.log('result', v2);
  const v3 = await byKind(1);
  return console.log('result', v3);
})();
