// unpyramid-fixture: runnable
// unpyramid-fixture: skip promisify-type-unknown
// TypeScript: @types/node gives crypto.randomInt no promisified type, so promisify(crypto.randomInt)
// would be typed from one overload that does not take these arguments. Left as written.
import * as crypto from "crypto";

async function roll(): Promise<number> {
  return new Promise<number>((resolve, reject) => crypto.randomInt(1, 2, (err, n) => (err ? reject(err) : resolve(n))));
}

roll().then((n: number) => console.log(n.toFixed(0)));
