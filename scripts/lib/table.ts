/** Prints a text table: the first `textColumns` columns aligned left, the rest (numbers) right. */
export function printTable(header: string[], rows: (string | number)[][], textColumns = 1, indent = ''): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells: (string | number)[]) =>
    indent + cells.map((cell, i) => String(cell)[i < textColumns ? 'padEnd' : 'padStart'](widths[i]!)).join('  ');
  console.log([line(header), indent + widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));
}
