/**
 * CSV in the Dutch spreadsheet profile: `;` between fields, decimal comma, CRLF, UTF-8 with BOM
 * (so Excel reads the accents). Text that a spreadsheet would run as a formula is made safe.
 */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvNumber(value: number): string {
  // Full precision, no thousands separator: a spreadsheet must read it back as the same number.
  return String(value).replace('.', ',');
}

export function csvText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  const line = (cells: CsvCell[]) =>
    cells.map((c) => (c === null ? '' : typeof c === 'number' ? csvNumber(c) : csvText(c))).join(';');
  return '\uFEFF' + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
