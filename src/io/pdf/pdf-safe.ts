const REPLACEMENTS: Record<string, string> = {
  '−': '-',
  '≤': '<=',
  '≥': '>=',
  '∥': '||',
  '→': '->',
  '≈': '~',
  π: 'pi',
  '✎': '*',
};
// Characters the PDF standard fonts can show: Latin-1 plus the WinAnsi extras (dashes, quotes, bullet, ellipsis, euro).
const WIN_ANSI_EXTRAS = new Set('–—‘’“”•…€™'.split(''));

/**
 * Text the PDF's built-in Helvetica (WinAnsi encoding) can draw: common symbols become ASCII and
 * anything else becomes "?", rather than the garbled glyphs jsPDF would otherwise print.
 */
export function pdfSafe(text: string): string {
  return [...text]
    .map((ch) => REPLACEMENTS[ch] ?? (ch.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRAS.has(ch) ? ch : '?'))
    .join('');
}
