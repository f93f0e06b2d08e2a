// The corpus the corpus run (fuzz.mjs) and the speed benchmark (speed.mjs) share: JavaScript and
// TypeScript files up to 1 MiB from the project's own node_modules and, unless `local`, from pinned
// packages fetched with `npm pack` (callback-era code, a promise-era library, TypeScript sources),
// copied into a temp folder so that nothing is ever written where it came from.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const EXTENSIONS = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;
const MAX_FILE_BYTES = 1024 * 1024;
/** Pinned packages added to the corpus: callback-era JavaScript, a promise-era library, TypeScript sources. */
export const PACKAGES = [
  "mongodb@2.2.36",
  "async@2.6.4",
  "request@2.88.2",
  "lodash@4.17.21",
  "rxjs@7.8.1",
  "core-js@3.38.1",
];

function sourceFiles(dir) {
  const out = [];
  const visit = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile() && EXTENSIONS.test(entry.name) && statSync(full).size <= MAX_FILE_BYTES) out.push(full);
    }
  };
  visit(dir);
  return out.sort();
}

function shuffled(items, seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** The corpus in a temp folder: sources copied, so nothing is ever written where it came from. */
export function buildCorpus({ root: ROOT, work, local = false, files: count = 0, seed = 1 }) {
  const options = { local, files: count, seed };
  const corpus = path.join(work, "corpus");
  // Not named node_modules in the corpus: unpyramid never reads those.
  const origins = [{ name: "own-dependencies", dir: path.join(ROOT, "node_modules") }];
  if (!options.local) {
    const packs = path.join(work, "packs");
    mkdirSync(packs, { recursive: true });
    for (const spec of PACKAGES) {
      const tarball = execFileSync("npm", ["pack", spec, "--silent"], { cwd: packs, encoding: "utf8" })
        .trim()
        .split("\n")
        .pop();
      const into = path.join(packs, spec.replace(/[@/]/g, "_"));
      mkdirSync(into, { recursive: true });
      execFileSync("tar", ["xzf", path.join(packs, tarball), "-C", into]);
      origins.push({ name: spec.replace(/[@/]/g, "_"), dir: path.join(into, "package") });
    }
  }
  let files = origins.flatMap(({ name, dir }) =>
    sourceFiles(dir).map((file) => ({ from: file, to: path.join(corpus, name, path.relative(dir, file)) })),
  );
  if (options.files > 0)
    files = shuffled(files, options.seed)
      .slice(0, options.files)
      .sort((a, b) => (a.to < b.to ? -1 : 1));
  for (const { from, to } of files) {
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
  return { corpus, files: files.map(({ to }) => to) };
}
