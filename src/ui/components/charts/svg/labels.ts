/**
 * Axis labels without measuring the DOM: a text's width is estimated from its characters (average
 * advance widths of a sans-serif face, in em). Measuring each label through the DOM forces a page
 * layout per label, the cost that made chart mounting slow; an estimate off by a few pixels only
 * moves a line break.
 */

const NARROW = new Set('iljtfrI.,:;!|\'()[] ');
const WIDE = new Set('mwMW@%');

/** Estimated width in px of `text` set at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += NARROW.has(ch) ? 0.3 : WIDE.has(ch) ? 0.85 : ch >= 'A' && ch <= 'Z' ? 0.65 : 0.55;
  return em * fontSize;
}

/**
 * Breaks a label into at most `maxLines` lines of at most `maxWidth` px (at word boundaries where
 * possible); a label still too long ends in "…". The full text goes in the chart's tooltip and
 * data table.
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  const fits = (s: string) => estimateTextWidth(s, fontSize) <= maxWidth;
  const lines: string[] = [];
  let rest = text.trim();
  while (rest && lines.length < maxLines) {
    if (fits(rest)) {
      lines.push(rest);
      break;
    }
    const words = rest.split(/\s+/);
    let line = words[0] ?? '';
    let used = 1;
    while (used < words.length && fits(`${line} ${words[used]}`)) line += ` ${words[used++]}`;
    if (lines.length === maxLines - 1 || !fits(line)) {
      // Last line allowed (or a single word too wide): cut it with an ellipsis.
      lines.push(truncate(rest, maxWidth, fontSize));
      break;
    }
    lines.push(line);
    rest = words.slice(used).join(' ');
  }
  return lines.length ? lines : [''];
}

function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && estimateTextWidth(`${cut}…`, fontSize) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
