/**
 * Removes the whitespace between JSON tokens (spaces, tabs, line breaks outside strings), leaving
 * strings untouched: indented JSON becomes exactly `JSON.stringify(value)` without parsing it. One
 * pass and no objects, so it is safe on a text too large to parse — a copy stored by an older
 * release over the size limit (issue #14 defect 5), where the indentation of the actuals rows is
 * often half the size. Invalid JSON stays invalid (the parser reports it).
 */
export function compactJsonText(text: string): string {
  const parts: string[] = [];
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      // A backslash escapes the next character (which may be a quote).
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) {
      if (i > from) parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  if (from === 0) return text;
  if (from < text.length) parts.push(text.slice(from));
  return parts.join('');
}
