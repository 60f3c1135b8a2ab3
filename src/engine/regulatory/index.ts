export { computeClock, inWinterClockStop } from './computeClock';
export { orderSteps } from './stepOrder';
export type { ClockOptions, ClockPathway, ClockResult, ClockStepResult, ClockStepSpec, DayType } from './types';
