// A .tsx module: parallel of two core calls becomes Promise.all of their twins.
import fs from 'fs';

export function Sizes(props: { a: string; b: string }) {
  let text = 'loading';
  void (async () => {
    let stats;
    try {
      stats = await Promise.all([fs.promises.stat(props.a), fs.promises.stat(props.b)]);
    } catch (err: any) {
      return;
    }
    text = `${stats[0].size} and ${stats[1].size}`;
  })();
  return <p>{text}</p>;
}
