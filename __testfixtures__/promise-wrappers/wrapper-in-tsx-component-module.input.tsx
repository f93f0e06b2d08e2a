// A wrapper in a .tsx module beside JSX; `stat` is bound on its own (no `fs.` to reach fs.promises
// through), so it goes through util.promisify.
import { stat, type Stats } from "node:fs";

export const statOf = (file: string): Promise<Stats> =>
  new Promise<Stats>((resolve, reject) => stat(file, (err, stats) => (err ? reject(err) : resolve(stats))));

export const Size = ({ bytes }: { bytes: number }) => <span>{bytes} bytes</span>;
