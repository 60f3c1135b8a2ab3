/**
 * Spreadsheet formula injection (CWE-1236, OWASP "CSV Injection"): a cell starting with = + - @
 * (or tab / carriage return, which some spreadsheets skip before reading one of those) may be run
 * as a formula — `=cmd|' /C calc'!A0` starts a program in old Excel. Such text is prefixed with a
 * single quote so spreadsheets show it as text. Numbers are left alone: −3 is a number, not text.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
