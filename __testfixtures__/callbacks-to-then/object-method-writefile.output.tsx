import fs from "node:fs";

export const store = {
  save(name: string, body: string, done: (err?: NodeJS.ErrnoException | null) => void) {
    return fs.promises.writeFile(name, body).then(() => {
      done(null);
    }, (err: any) => {
      return done(err);
    });
  },
};

export const View = () => <div className="note">saved</div>;
