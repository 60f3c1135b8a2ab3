import { describe, expect, it } from 'vitest';
import { countriesCommand } from '../../../../src/cli/commands/countries';
import { referenceData } from '../../../../src/domain/reference/index';
import type { CliIo } from '../../../../src/cli/io';

type Fact = 'unknown' | { value: number; source: string; proxy: boolean };
interface Row {
  iso2: string;
  costs: Record<string, Fact>;
  recruitment: Record<string, Fact>;
  siteActivationMedianDays: Fact;
  competitionDensity: Fact;
}

describe('mrct countries --json: unknown is not zero', () => {
  const out: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: () => undefined };
  void countriesCommand.run(['--json'], io);
  const { countries } = JSON.parse(out.join('\n')) as { countries: Row[] };

  it('marks every fee the reference data lack as "unknown"', () => {
    // Given countries with and without a reference ethics fee
    for (const ref of referenceData.countries) {
      const row = countries.find((c) => c.iso2 === ref.iso2)!;
      // Then a missing fee reads "unknown", a present one carries its value and source
      expect(row.costs.ethicsFee === 'unknown').toBe(ref.costs.ethicsFee === undefined);
      expect(row.costs.regulatoryFee === 'unknown').toBe(ref.costs.regulatoryFee === undefined);
    }
    expect(countries.filter((c) => c.costs.ethicsFee === 'unknown').length).toBeGreaterThan(10);
  });

  it('shows a numeric 0 only where a source states 0 (the FDA charges no IND fee)', () => {
    const zeros = countries.flatMap((c) =>
      [
        ...Object.entries(c.costs),
        ...Object.entries(c.recruitment),
        ['siteActivationMedianDays', c.siteActivationMedianDays] as const,
        ['competitionDensity', c.competitionDensity] as const,
      ]
        .filter(([, f]) => f !== 'unknown' && f.value === 0)
        .map(([k, f]) => `${c.iso2}.${k}: ${(f as { source: string }).source.slice(0, 12)}`),
    );
    expect(zeros).toEqual(['US.regulatoryFee: FD&C Act §73']);
  });
});
