/**
 * Text from a workspace (study, site and scenario names) reaches the terminal through the CLI.
 * Printed raw, an ANSI/OSC escape sequence in a name could recolour the terminal, rewrite its
 * title, hide text or plant a hyperlink (issue #14). Everything the CLI prints passes through
 * `terminalSafe`: escape sequences are removed, other control characters and bidirectional
 * overrides ("Trojan Source", CVE-2021-42574) become visible placeholders; newline and tab stay.
 */

// ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ST), and two-byte escapes.
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
// C1 introducers (8-bit CSI/OSC) with their parameters.
// eslint-disable-next-line no-control-regex
const C1_SEQUENCE = /[\u009b\u009d][^\u0007\u009c]*[\u0007\u009c]?/g;
// Remaining C0/C1 controls except tab and newline, and bidirectional embedding/override/isolate marks.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(C1_SEQUENCE, '').replace(CONTROL, '\uFFFD');
}

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('en', { granularity: 'grapheme' })
    : null;

/**
 * The first `max` user-perceived characters of `text` (grapheme clusters, so an emoji such as
 * 👩‍⚕️ or a flag is never cut in half), with "…" when cut.
 */
export function truncateGraphemes(text: string, max: number): string {
  if (!segmenter)
    return text.length > max
      ? `${Array.from(text)
          .slice(0, max - 1)
          .join('')}…`
      : text;
  const parts: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    parts.push(segment);
    if (parts.length > max) break;
  }
  return parts.length > max ? `${parts.slice(0, max - 1).join('')}…` : text;
}

/** Display width in grapheme clusters (for padding table columns). */
export function graphemeLength(text: string): number {
  if (!segmenter) return Array.from(text).length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}
