/**
 * Money in the study's reporting currency, through Intl (so JPY has no decimals and EUR two):
 * compact "USD 25.2M" for summaries and charts, full "USD 25,178,521" where the exact figure
 * matters. The ISO code always comes first (a "$" is ambiguous across a multi-regional budget).
 */

const MINUS = '\u2212';
const compactFormat = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const fullFormats = new Map<string, Intl.NumberFormat | null>();

function fullFormat(currency: string): Intl.NumberFormat | null {
  if (!fullFormats.has(currency)) {
    let f: Intl.NumberFormat | null = null;
    try {
      f = new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency,
        currencyDisplay: 'code',
        maximumFractionDigits: 0,
        minimumFractionDigits: 0,
      });
    } catch {
      // Not an ISO 4217 code Intl knows: fall back to a plain number after the code.
    }
    fullFormats.set(currency, f);
  }
  return fullFormats.get(currency) ?? null;
}

/** 25_178_521 → "USD 25.2M"; 850_000 → "USD 850K"; 412 → "USD 412". */
export function formatMoney(amount: number | null | undefined, currency: string): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return '—';
  const sign = amount < 0 ? MINUS : '';
  const abs = Math.abs(amount);
  // Under a thousand the compact form would keep a decimal ("412.4"); money shows whole units.
  return `${sign}${currency} ${compactFormat.format(abs < 1000 ? Math.round(abs) : abs)}`;
}

/** 25_178_521.4 → "USD 25,178,521" (whole units). */
export function formatMoneyFull(amount: number | null | undefined, currency: string): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return '—';
  const sign = amount < 0 ? MINUS : '';
  const f = fullFormat(currency);
  const abs = Math.abs(amount);
  // Intl separates the code with a no-break space; a plain space keeps text searchable and exports simple.
  const text = f
    ? f.format(abs).replace(/\u00a0/g, ' ')
    : `${currency} ${Math.round(abs).toLocaleString('en-US')}`;
  return `${sign}${text}`;
}

/** A signed money difference: +1_000_000 → "+USD 1M"; −250_000 → "−USD 250K". */
export function formatSignedMoney(amount: number | null | undefined, currency: string): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return '—';
  if (Math.abs(amount) < 0.5) return `±${currency} 0`;
  return `${amount > 0 ? '+' : MINUS}${formatMoney(Math.abs(amount), currency)}`;
}

/** A P10–P90 money range: "USD 22.1M–28.4M". */
export function formatMoneyRange(low: number, high: number, currency: string): string {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return '—';
  return `${formatMoney(low, currency)}–${formatMoney(high, currency).replace(`${currency} `, '')}`;
}
