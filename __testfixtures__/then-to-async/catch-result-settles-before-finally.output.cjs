// unpyramid-fixture: runnable
// Before a `.finally`, what `.catch` returns is settled first (awaited in the catch block), and a throw in
// the finally handler replaces even a rejection the catch handler returned.
const order = [];
const later = (value) => new Promise((resolve) => setTimeout(() => resolve(value), 10));

async function settle(p) {
  try {
    return await p;
  } catch {
    return await later('recovered');
  } finally {
    order.push('finally');
  }
}

async function replaced() {
  const promise = Promise.reject(new Error('first'));

  try {
    return await promise;
  } catch {
    return await Promise.reject(new Error('again'));
  } finally {
    throw new Error('from finally');
  }
}

(async () => {
  order.push('settled ' + (await settle(Promise.reject(new Error('no')))));
  try {
    await replaced();
  } catch (err) {
    order.push('caught ' + err.message);
  }
  console.log(order.join('\n'));
})();
