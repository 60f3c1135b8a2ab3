export * from '../../domain/dates';
export { addCalendarDays, addWorkingDays, isWorkingDay, nextWorkingDay } from './working-days';
export { isKnownCalendar, weekendDays, WEEKENDS_ONLY } from './holidays';
export { shippedCalendars, shippedCalendarFor, shippedCalendarSchema } from './shipped-calendars';
export type { ShippedCalendar, ShippedCalendarYear } from './shipped-calendars';
