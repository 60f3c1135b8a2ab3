/**
 * Numbers typed by people: "12.5" in the US, "12,5" in Germany or France. The inputs accept the
 * user's own decimal mark and, wherever the text cannot mean anything else, the other one too, so
 * a German user pasting "12.5" or an American typing "12,5" is understood. Only "1,234" /
 * "1.234" (one mark followed by exactly three digits) could be either a decimal or a thousands
 * separator; the user's locale decides that case, as a spreadsheet would.
 */

/** The decimal and grouping marks of a locale (from Intl, so they follow the browser's language). */
export function numberMarks(locale?: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

/** The browser's language, or undefined (Intl's default) outside a browser. */
export function userLocale(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

const GROUPED = /^[1-9]\d{0,2}(\d{3})*$/;

/** Digits with `group` between thousands: "1,234,567" → "1234567", or null when the groups are wrong. */
function ungroup(text: string, group: string): string | null {
  const chunks = text.split(group);
  if (chunks.length === 1) return text;
  const [head, ...rest] = chunks;
  if (!head || !/^[1-9]\d{0,2}$/.test(head) || rest.some((c) => !/^\d{3}$/.test(c))) return null;
  return chunks.join('');
}

/**
 * The number in `text`, or NaN when it is not one (empty text included). Accepts a leading minus
 * (ASCII or U+2212), spaces as thousands separators, and comma or point as the decimal mark.
 */
export function parseDecimal(text: string, locale: string | undefined = userLocale()): number {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '').replace(/^\u2212/, '-');
  const match = /^([-+]?)([\d.,]*\d[\d.,]*)$/.exec(compact);
  if (!match) return Number.NaN;
  const [, sign, body = ''] = match;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let intPart: string;
  let fraction = '';
  if (lastDot >= 0 && lastComma >= 0) {
    // Both marks: the later one is the decimal mark, the other groups thousands ("1.234,5", "1,234.5").
    const decimalAt = Math.max(lastDot, lastComma);
    const group = decimalAt === lastDot ? ',' : '.';
    const grouped = ungroup(body.slice(0, decimalAt), group);
    if (grouped === null) return Number.NaN;
    intPart = grouped;
    fraction = body.slice(decimalAt + 1);
    if (fraction.includes(group)) return Number.NaN;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const pieces = body.split(mark);
    const [head = '', tail = ''] = pieces;
    const ambiguous = pieces.length === 2 && tail.length === 3 && /^[1-9]\d{0,2}$/.test(head);
    const groupsThousands = pieces.length > 2 || (ambiguous && numberMarks(locale).group === mark);
    if (groupsThousands) {
      const grouped = ungroup(body, mark);
      if (grouped === null || !GROUPED.test(grouped)) return Number.NaN;
      intPart = grouped;
    } else {
      intPart = head;
      fraction = tail;
    }
  } else {
    intPart = body;
  }
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(fraction) || intPart + fraction === '') return Number.NaN;
  return Number(`${sign === '-' ? '-' : ''}${intPart || '0'}.${fraction || '0'}`);
}

/** A number as the text of an input: the user's decimal mark, no grouping, at most `digits` decimals. */
export function formatDecimalInput(
  value: number | undefined,
  digits = 2,
  locale: string | undefined = userLocale(),
): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const factor = 10 ** digits;
  const text = String(Math.round(value * factor) / factor);
  const { decimal } = numberMarks(locale);
  return decimal === '.' ? text : text.replace('.', decimal);
}
