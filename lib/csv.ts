import Papa from 'papaparse';

/**
 * A cell starting with one of these runs as a formula in Excel, WPS and LibreOffice (a product title
 * like `=HYPERLINK(...)` from a scraped page). papaparse's own `escapeFormulae: true` pattern ends in
 * `.*$` without the `s` flag, so a cell with a line break in it slipped through: this one checks the
 * first character only.
 */
export const FORMULA_LEADING = /^[=+\-@\t\r\n]/;

/** Every CSV Seller Sidekick writes: header row, CRLF lines, formula-leading cells prefixed with `'`. */
export function toCsv(fields: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return Papa.unparse({ fields: [...fields], data: rows.map((row) => [...row]) }, { escapeFormulae: FORMULA_LEADING, newline: '\r\n' });
}
