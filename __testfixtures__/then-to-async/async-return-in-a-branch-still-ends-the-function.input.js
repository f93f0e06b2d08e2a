// unpyramid-fixture: runnable
// `return chain` inside an `if`, a loop and a switch case of an async function: written out, the steps
// end with a `return;` of their own where the last handler falls off its end, so the code after the
// statement still does not run.
async function pick(flag) {
  if (flag) return Promise.resolve(1).then((a) => {
    console.log('a', a);
  });
  console.log('after the if');
  return 'end';
}

async function firstEven(list) {
  for (const n of list) {
    if (n % 2 === 0) return Promise.resolve(n).then((even) => console.log('even', even)).catch(() => {
      console.log('never');
    });
  }
  return 'none';
}

async function byKind(kind) {
  switch (kind) {
    case 1:
      return Promise.resolve('one').then((label) => {
        console.log('case', label);
      });
    case 2:
      return 'two';
  }
  return 'other';
}

pick(true)
  .then((v) => console.log('result', v))
  .then(() => firstEven([1, 4, 6]))
  .then((v) => console.log('result', v))
  .then(() => byKind(1))
  .then((v) => console.log('result', v));
