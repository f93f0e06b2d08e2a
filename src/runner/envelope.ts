// The bytes around the code that a transform must never touch: BOM, `#!` line, line endings and the
// final newline. The transforms see a normalised text; the envelope is put back afterwards.
import { diffArrays } from "diff";

export interface Envelope {
  bom: boolean;
  shebang: boolean;
  /** The file used CRLF everywhere and was normalised to LF for the transforms. */
  crlf: boolean;
  finalNewline: boolean;
  /**
   * Set when the (normalised) text still has line terminators other than LF: mixed CRLF/LF, lone CR,
   * U+2028, U+2029. recast prints every one of them as LF, so each line the transforms did not touch
   * gets its own terminator back; new lines get the file's most common one.
   */
  lineEnds?: LineEnds;
}

interface LineEnds {
  lines: string[];
  /** ends[i] follows lines[i]; the last line has none. */
  ends: string[];
  usual: string;
}

const BOM = "\uFEFF";
/** What JavaScript (and recast's line splitting) counts as a line terminator. */
const TERMINATOR = /\r\n|\r|\n|\u2028|\u2029/g;

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
  const finalNewline = /(\r\n|\r|\n)$/.test(code);
  const envelope: Envelope = { bom, shebang, crlf, finalNewline };
  if (/[\r\u2028\u2029]/.test(code)) envelope.lineEnds = lineEndsOf(code);
  return { code, envelope };
}

export function closeEnvelope(code: string, envelope: Envelope): string {
  let text = code;
  if (envelope.finalNewline && !/(\r\n|\r|\n)$/.test(text)) text += "\n";
  if (!envelope.finalNewline) text = text.replace(/(\r\n|\r|\n)+$/, "");
  if (envelope.lineEnds) text = restoreLineEnds(text, envelope.lineEnds);
  if (envelope.crlf) text = text.replace(/\r?\n/g, "\r\n");
  if (envelope.shebang) {
    if (!text.startsWith("//")) throw new Error("the #! line was moved by a transform");
    text = "#!" + text.slice(2);
  }
  if (envelope.bom) text = BOM + text;
  return text;
}

function splitLines(text: string): { lines: string[]; ends: string[] } {
  const lines: string[] = [];
  const ends: string[] = [];
  let last = 0;
  for (const match of text.matchAll(TERMINATOR)) {
    lines.push(text.slice(last, match.index));
    ends.push(match[0]);
    last = match.index + match[0].length;
  }
  lines.push(text.slice(last));
  return { lines, ends };
}

function lineEndsOf(code: string): LineEnds {
  const { lines, ends } = splitLines(code);
  const counts = new Map<string, number>([
    ["\n", 0],
    ["\r\n", 0],
    ["\r", 0],
  ]);
  for (const end of ends) if (counts.has(end)) counts.set(end, counts.get(end)! + 1);
  let usual = "\n";
  for (const [end, count] of counts) if (count > counts.get(usual)!) usual = end;
  return { lines, ends, usual };
}

/** Lines common to the original and the output keep their original terminator; added lines get the usual one. */
function restoreLineEnds(text: string, original: LineEnds): string {
  const { lines, ends } = splitLines(text);
  let out = "";
  let before = 0;
  let after = 0;
  for (const part of diffArrays(original.lines, lines)) {
    const count = part.value.length;
    if (part.removed) {
      before += count;
      continue;
    }
    for (let k = 0; k < count; k++, after++) {
      let end = ends[after] ?? "";
      if (end !== "") {
        if (!part.added && before + k < original.ends.length) end = original.ends[before + k]!;
        else if (end === "\n") end = original.usual;
      }
      out += lines[after] + end;
    }
    if (!part.added) before += count;
  }
  return out;
}

function countOf(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
