// A conversion must not break a TypeScript build: every TypeScript fixture output type-checks
// (strict, with Node's types) with no diagnostic its input did not already have.
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { loadFixtures } from "./helpers/fixtures";

const TS_EXTENSIONS = new Set([".ts", ".tsx", ".mts", ".cts"]);
const fixtures = loadFixtures().filter((fixture) => TS_EXTENSIONS.has(fixture.ext) && fixture.hasOutput);

function diagnostics(fileName: string, source: string): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    jsx: ts.JsxEmit.ReactJSX,
    esModuleInterop: true,
    skipLibCheck: true,
    types: ["node"],
    typeRoots: [path.resolve(__dirname, "../node_modules/@types")],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (path.resolve(name) === path.resolve(fileName) ? source : readFile(name));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    path.resolve(name) === path.resolve(fileName)
      ? ts.createSourceFile(name, source, version, true)
      : getSourceFile(name, version);
  const program = ts.createProgram([fileName], options, host);
  return (
    ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && path.resolve(d.file.fileName) === path.resolve(fileName))
      // JSX without React's types installed is the fixture's environment, not the conversion's doing.
      .filter((d) => d.code !== 7026 && d.code !== 2875)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))
  );
}

describe("TypeScript outputs type-check", () => {
  for (const fixture of fixtures) {
    it(`${fixture.transform}/${fixture.name}${fixture.ext} adds no type error`, () => {
      const name = path.join(path.dirname(fixture.inputPath), `typecheck-${fixture.name}${fixture.ext}`);
      const before = new Set(diagnostics(name, fixture.input));
      const added = diagnostics(name, fixture.expected).filter((message) => !before.has(message));
      expect(added).toEqual([]);
    });
  }
});
