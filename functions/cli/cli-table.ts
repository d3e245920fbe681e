/** Lays rows out as left-aligned columns under a header, two spaces apart; cells are cut at `maxWidth`. */
export function formatTable(header: string[], rows: string[][], maxWidth = 48): string {
  const cut = (cell: string) => (cell.length > maxWidth ? `${cell.slice(0, maxWidth - 1)}…` : cell);
  const all = [header, ...rows].map((row) => row.map((cell) => cut(cell.replace(/\s+/g, ' '))));
  const widths = header.map((_name, column) => Math.max(...all.map((row) => row[column]?.length ?? 0)));
  return `${all
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

/** "2026-12-17T23:59:59.000-05:00" → "2026-12-17 23:59 -05:00" (a local time as the API gives it, shorter). */
export function shortTime(iso: string | null): string {
  if (iso === null) return '-';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  return match ? `${match[1]} ${match[2]} ${match[3] === 'Z' ? 'UTC' : match[3]}` : iso;
}
