import fs from "node:fs";

import { callbackify } from "node:util";

export const store = {
  save(name: string, body: string, done: (err?: NodeJS.ErrnoException | null) => void) {
    callbackify((): Promise<void> => {
      return fs.promises.writeFile(name, body).then(() => {});
    })(done);
  },
};

export const View = () => <div className="note">saved</div>;
