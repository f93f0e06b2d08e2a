// New code follows the file's own style: quotes, indentation unit, tabs vs spaces.
import type { Options } from "recast";

export function printOptionsFor(source: string): Options {
  const indents = source.match(/^[ \t]+(?=\S)/gm) ?? [];
  const tabbed = indents.filter((indent) => indent.startsWith("\t")).length;
  const useTabs = tabbed > indents.length / 2;
  // The smallest common space indent is the unit (2 or 4 in practice).
  let tabWidth = 4;
  const widths = indents.filter((indent) => !indent.includes("\t")).map((indent) => indent.length);
  if (widths.length) {
    const counts = new Map<number, number>();
    for (const width of widths) for (const unit of [2, 4, 3, 8]) if (width % unit === 0) counts.set(unit, (counts.get(unit) ?? 0) + 1);
    tabWidth = [2, 4, 3, 8].find((unit) => (counts.get(unit) ?? 0) === widths.length) ?? 2;
  }
  const singles = (source.match(/(^|[=(,:\s])'/g) ?? []).length;
  const doubles = (source.match(/(^|[=(,:\s])"/g) ?? []).length;
  return { quote: singles > doubles ? "single" : "double", tabWidth, useTabs, lineTerminator: "\n", wrapColumn: 120 };
}
