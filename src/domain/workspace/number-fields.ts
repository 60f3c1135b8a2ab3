import { z } from 'zod';

/*
 * Number fields of the workspace schema whose every refusal names the field, so the screens show
 * one wording for each kind of bound (issue 17: validation wording in one place).
 */

/** Months from 0 to `max`: "<what> must be a number of months / cannot be negative / above … is not supported". */
export const monthsField = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a number of months` })
    .min(0, `${what} cannot be negative`)
    .max(max, `${what} above ${max} months is not supported`);

/** A share from 0 to `max` (a rate such as dropout): `tooHigh` says why more is refused. */
export const shareField = (what: string, max: number, tooHigh: string) =>
  z
    .number({ error: `${what} must be a number` })
    .min(0, `${what} cannot be negative`)
    .max(max, tooHigh);
