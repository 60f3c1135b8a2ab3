/**
 * Spreadsheet formula injection (CWE-1236, OWASP "CSV Injection"): a cell starting with = + - @
 * (or tab / carriage return, which some spreadsheets skip before reading one of those) may be run
 * as a formula — `=cmd|' /C calc'!A0` starts a program in old Excel. Such text is prefixed with a
 * single quote so spreadsheets show it as text. Numbers are left alone: −3 is a number, not text.
 * The full-width forms ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20) count too: Excel with an East
 * Asian input method turns a leading full-width ＝ into a formula (issue #14).
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
}
