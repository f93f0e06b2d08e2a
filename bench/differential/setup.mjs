// The files every program (and the async-library driver, which never runs a program's main) starts
// with in its fresh working directory. Programs write the same files with their own setup().
export const SETUP_FILES = [
  ["data.txt", "alpha\nbeta\n"],
  ["conf.json", '{"n": 3}'],
  ["sub/x.txt", "x"],
  ["sub/y.txt", "yy"],
];

/** setup() as program text: synchronous, so nothing in it is a site. */
export function setupSource(fsName, ts) {
  const lines = [`function setup()${ts ? ": void" : ""} {`, `  ${fsName}.mkdirSync("sub", { recursive: true });`];
  for (const [file, text] of SETUP_FILES)
    lines.push(`  ${fsName}.writeFileSync(${JSON.stringify(file)}, ${JSON.stringify(text)});`);
  lines.push("}");
  return lines.join("\n");
}
