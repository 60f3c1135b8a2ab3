export { neutraliseCell } from './neutralise';
export { toCsv, toXlsxBlob } from './table-export';
export type { ExportColumn } from './table-export';
