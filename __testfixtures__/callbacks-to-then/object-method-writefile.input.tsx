import fs from "node:fs";

export const store = {
  save(name: string, body: string, done: (err?: NodeJS.ErrnoException | null) => void) {
    fs.writeFile(name, body, (err) => {
      if (err) return done(err);
      done(null);
    });
  },
};

export const View = () => <div className="note">saved</div>;
