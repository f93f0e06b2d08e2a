import fs from "node:fs";

export const store = {
  async save(name: string, body: string, done: (err?: NodeJS.ErrnoException | null) => void) {
    try {
      await fs.promises.writeFile(name, body);
    } catch (err: any) {
      return done(err);
    }
    done(null);
  },
};

export const View = () => <div className="note">saved</div>;
