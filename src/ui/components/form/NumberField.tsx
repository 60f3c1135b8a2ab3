import { CommitField, type CommitFieldProps } from './CommitField';
import { formatDecimalInput, parseDecimal } from './parse-decimal';

export interface NumberFieldProps extends Omit<
  CommitFieldProps,
  'value' | 'onCommit' | 'type' | 'inputMode'
> {
  /** The stored number; undefined shows an empty input. */
  value: number | undefined;
  /** Stores the number (already divided by `scale`); returns why it was refused, or null. */
  onCommit: (value: number | undefined) => string | null;
  /** Shown = stored × scale (100 for a share typed as a percent; a trailing "%" is then accepted). */
  scale?: number;
  /** Decimals shown in the input. */
  digits?: number;
  /** May the field be emptied (commits undefined)? */
  optional?: boolean;
  /** The user's locale (default: the browser's); decides only "1,234"-style ambiguous text. */
  locale?: string;
}

export const NOT_A_NUMBER = 'Enter a number (e.g. 12.5 or 12,5, no units)';

/** The one number input: CommitField's behaviour, reading comma or point as the decimal mark. */
export function NumberField({
  value,
  onCommit,
  scale = 1,
  digits = 2,
  optional = false,
  locale,
  ...rest
}: NumberFieldProps) {
  const shown = formatDecimalInput(value === undefined ? undefined : value * scale, digits, locale);
  const commit = (raw: string) => {
    const text = scale === 100 ? raw.trim().replace(/%$/, '') : raw;
    if (text.trim() === '') return optional ? onCommit(undefined) : NOT_A_NUMBER;
    const n = parseDecimal(text, locale);
    return Number.isNaN(n) ? NOT_A_NUMBER : onCommit(n / scale);
  };
  return <CommitField {...rest} value={shown} onCommit={commit} inputMode="decimal" />;
}
