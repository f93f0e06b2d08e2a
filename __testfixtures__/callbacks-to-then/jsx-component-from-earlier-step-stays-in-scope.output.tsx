// unpyramid-fixture: runnable
// A component declared in one callback and used as JSX in the next (`<Label>` reads Label): that link
// stays inside the handler that declares it.
import * as fs from "fs";
const React = { createElement: (t: any, p: any, ...c: any[]) => (typeof t === "function" ? t({ ...p, children: c }) : `<${t}>${c.join("")}</${t}>`) };
declare global { namespace JSX { interface IntrinsicElements { b: any } } }

function render(file: string): Promise<void> {
  let Label: (p: { children?: any }) => string;
  return fs.promises.readFile(file, "utf8").then((text: string) => {
    Label = (p) => "[" + text + "]" + p.children;
    return fs.promises.writeFile(file + ".out", text);
  }).then(() => {
    console.log(<Label>{"x"}</Label>);
  });
}
fs.writeFileSync("in.txt", "hi");
render("in.txt");
