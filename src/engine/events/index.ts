export * from './hazard-model';
export * from './expected-events';
export { selectKth } from '../stats/select';
export * from './simulate';
export * from './time-to-events';
export * from './expected-from-runs';
export * from './spec';
export * from './run-spec';
export * from './from-endpoint';
