export { computeClock, inWinterClockStop } from './compute-clock';
export { orderSteps } from './step-order';
export type {
  ClockOptions,
  ClockPathway,
  ClockResult,
  ClockStepResult,
  ClockStepSpec,
  DayType,
} from './types';
export { hgrRequirement, type HgrScope, type HgrDecision, type HgrRequirement } from './hgrac';
