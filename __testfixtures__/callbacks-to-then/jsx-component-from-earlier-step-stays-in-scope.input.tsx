// unpyramid-fixture: runnable
// A component declared in one callback and used as JSX in the next (`<Label>` reads Label): that link
// stays inside the handler that declares it.
import * as fs from "fs";
const React = { createElement: (t: any, p: any, ...c: any[]) => (typeof t === "function" ? t({ ...p, children: c }) : `<${t}>${c.join("")}</${t}>`) };
declare global { namespace JSX { interface IntrinsicElements { b: any } } }

function render(file: string): void {
  fs.readFile(file, "utf8", (err: NodeJS.ErrnoException | null, text: string) => {
    if (err) throw err;
    const Label: (p: { children?: any }) => string = (p) => "[" + text + "]" + p.children;

    fs.writeFile(file + ".out", text, (err) => {
      if (err) throw err;
      console.log(<Label>{"x"}</Label>);
    });
  });
}
fs.writeFileSync("in.txt", "hi");
render("in.txt");
