import { Unzip, UnzipInflate } from 'fflate';

/**
 * Limits on what an .xlsx may expand to, checked by inflating it once with a counter before the
 * workbook reader sees it. An .xlsx is a ZIP: a 560 KB file expanded to 472 MB and was read whole
 * (1.6 GB, 7.3 s), and a 15 MB file of 3 million rows ended in "Maximum call stack size exceeded"
 * (issue #14). The sizes a ZIP declares can lie, so the guard counts the bytes actually inflated
 * and stops at the first byte past the limit.
 */
export const MAX_XLSX_EXPANDED_BYTES = 100 * 1024 * 1024;
/** Most rows a site list may have: a 10,000-site list is 10,001 rows; 50,000 leaves a wide margin. */
export const MAX_IMPORT_ROWS = 50_000;

class Stop extends Error {}

/** The reason the workbook is refused, or null when it is within the limits (or not a ZIP at all: the reader says why). */
export function xlsxExpansionProblem(
  bytes: Uint8Array,
  maxBytes = MAX_XLSX_EXPANDED_BYTES,
  maxRows = MAX_IMPORT_ROWS,
): string | null {
  let total = 0;
  let problem: string | null = null;
  const unzip = new Unzip((file) => {
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(file.name);
    let rows = 0;
    let tail = '';
    const decoder = new TextDecoder();
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > maxBytes) {
        problem = `The workbook expands to more than ${maxBytes / 1024 / 1024} MB when unpacked; a site list is far smaller. Save the sheet as CSV, or remove unused sheets and columns.`;
        throw new Stop();
      }
      if (isSheet) {
        const text = tail + decoder.decode(chunk, { stream: true });
        rows += text.match(/<row[\s>]/g)?.length ?? 0;
        tail = text.slice(-4);
        if (rows > maxRows) {
          problem = `The sheet ${file.name.replace(/^xl\/worksheets\//, '')} has more than ${maxRows.toLocaleString('en-US')} rows; a site list of that size is not supported. Split it into smaller files.`;
          throw new Stop();
        }
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (error instanceof Stop) return problem;
    return null; // not a readable ZIP: the workbook reader reports it in its own words
  }
  return problem;
}
