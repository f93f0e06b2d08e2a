// A method of an exported object takes a callback: made async with it, a caller elsewhere that tells
// async functions apart (the async library) would call it without one. It keeps its callback surface,
// its body in an async arrow handed to callbackify (a sibling method for it would be visible).
import fs from "node:fs";

import { callbackify } from "node:util";

export const store = {
  save(name: string, body: string, done: (err?: NodeJS.ErrnoException | null) => void) {
    callbackify(async (): Promise<void> => {
      await fs.promises.writeFile(name, body);
    })(done);
  },
};

export const View = () => <div className="note">saved</div>;
