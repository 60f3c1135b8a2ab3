import type { IsoDate } from '../../domain/dates';

/** How a step's days are counted. */
export type DayType = 'calendar' | 'working';

/**
 * One step of a review clock, in the format of data/reference/*.json.
 * `days` and `rfiMaxDays` are in days of `dayType` / `rfiDayType`.
 */
export interface ClockStepSpec {
  id: string;
  label: string;
  days: number;
  dayType: DayType;
  /** Move a deadline that lands on a weekend or public holiday to the next working day. */
  rollForward: boolean;
  /** Maximum request-for-information / clock-stop allowance added to this step (days). */
  rfiMaxDays?: number;
  /** Day type of the RFI allowance; defaults to the step's `dayType`. */
  rfiDayType?: DayType;
  /** Ids of the steps this one waits for; default: the previous step in the list. */
  after?: string[];
  /** The start date counts as day 1 when it is a working day (Korea: Civil Petitions Treatment Act Art. 19(2)). */
  countsStartDay?: boolean;
}

/** A regulatory pathway as far as the clock needs it. Other fields (tacit approval…) are echoed. */
export interface ClockPathway {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 calendar for working days and roll-forward, or 'NONE' (weekends only). */
  holidayCalendar: string;
  steps: readonly ClockStepSpec[];
}

export interface ClockOptions {
  /**
   * Treat 23 Dec–7 Jan (inclusive) as a clock-stop: those days are not counted. This is the EU
   * member states' informal winter clock-stop for CTR assessments, not law; off by default.
   */
  winterClockStop?: boolean;
  /**
   * Holiday calendar to use instead of the pathway's, e.g. the reporting member state's for an EU
   * CTR application (Reg. 1182/71 applies the holidays of the state whose deadline it is).
   */
  holidayCalendar?: string;
}

/** A step with its dates. A step "starts" on the date its clock starts; day 1 is the next day. */
export interface ClockStepResult {
  id: string;
  label: string;
  start: IsoDate;
  end: IsoDate;
  /** Start and end when every earlier step and this one use their full RFI / clock-stop allowance. */
  startWithRfi: IsoDate;
  endWithRfi: IsoDate;
  days: number;
  dayType: DayType;
  rfiMaxDays: number;
}

export interface ClockResult {
  pathwayId: string;
  holidayCalendar: string;
  submitted: IsoDate;
  steps: ClockStepResult[];
  /** Latest step end with no RFI: every step runs its full statutory time. */
  decision: IsoDate;
  /** Latest step end when every step also uses its maximum RFI / clock-stop allowance. */
  decisionWithRfi: IsoDate;
  /** Run-time caveats, e.g. a date past the end of the shipped holiday calendar. */
  warnings: string[];
}
