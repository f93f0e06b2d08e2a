// A wrapper in a .tsx module beside JSX; `stat` is bound on its own (no `fs.` to reach fs.promises
// through), so it goes through util.promisify.
import { stat, type Stats } from "node:fs";

import { promisify } from "node:util";

export const statOf = (file: string): Promise<Stats> =>
  promisify(stat)(file) as Promise<Stats>;

export const Size = ({ bytes }: { bytes: number }) => <span>{bytes} bytes</span>;
