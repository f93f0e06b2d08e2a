// The bytes around the code that a transform must never touch: BOM, `#!` line, line endings and the
// final newline. The transforms see a normalised text; the envelope is put back afterwards.

export interface Envelope {
  bom: boolean;
  shebang: boolean;
  /** The file used CRLF everywhere and was normalised to LF for the transforms. */
  crlf: boolean;
  finalNewline: boolean;
}

const BOM = "\uFEFF";

/** `#!` becomes `//` (same length, so every line and column stays where it was). */
export function openEnvelope(text: string): { code: string; envelope: Envelope } {
  let code = text;
  const bom = code.startsWith(BOM);
  if (bom) code = code.slice(1);
  const shebang = code.startsWith("#!");
  if (shebang) code = "//" + code.slice(2);
  const crlfCount = countOf(code, "\r\n");
  const lfCount = countOf(code, "\n");
  const crlf = crlfCount > 0 && crlfCount === lfCount && !/\r(?!\n)/.test(code);
  if (crlf) code = code.replace(/\r\n/g, "\n");
  const finalNewline = /\n$/.test(code);
  return { code, envelope: { bom, shebang, crlf, finalNewline } };
}

export function closeEnvelope(code: string, envelope: Envelope): string {
  let text = code;
  if (envelope.finalNewline && !text.endsWith("\n")) text += "\n";
  if (!envelope.finalNewline) text = text.replace(/\n+$/, "");
  if (envelope.crlf) text = text.replace(/\r?\n/g, "\r\n");
  if (envelope.shebang) {
    if (!text.startsWith("//")) throw new Error("the #! line was moved by a transform");
    text = "#!" + text.slice(2);
  }
  if (envelope.bom) text = BOM + text;
  return text;
}

function countOf(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
