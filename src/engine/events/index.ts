export * from './hazard-model';
export * from './expected-events';
export * from './select';
export * from './simulate';
export * from './time-to-events';
