// A .tsx module: parallel of two core calls becomes Promise.all of their twins.
import async from 'async';
import fs from 'fs';

export function Sizes(props: { a: string; b: string }) {
  let text = 'loading';
  async.parallel([(cb: any) => fs.stat(props.a, cb), (cb: any) => fs.stat(props.b, cb)], (err: any, stats: any) => {
    if (err) return;
    text = `${stats[0].size} and ${stats[1].size}`;
  });
  return <p>{text}</p>;
}
