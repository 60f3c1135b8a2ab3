export { tornado } from './tornado';
export type { Metrics, SensitivityParameter, TornadoBar, TornadoOptions, TornadoResult } from './tornado';
