export * from './isoDate';
export { addCalendarDays, addWorkingDays, isWorkingDay, nextWorkingDay } from './workingDays';
export { isKnownCalendar, weekendDays, WEEKENDS_ONLY } from './holidays';
export { shippedCalendars, shippedCalendarFor, shippedCalendarSchema } from './shippedCalendars';
export type { ShippedCalendar, ShippedCalendarYear } from './shippedCalendars';
