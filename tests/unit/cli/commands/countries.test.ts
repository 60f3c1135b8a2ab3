import { describe, expect, it } from 'vitest';
import { countriesCommand } from '../../../../src/cli/commands/countries';
import { main } from '../../../../src/cli/main';
import type { CliIo } from '../../../../src/cli/io';

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

interface Row {
  iso2: string;
  region: string;
  authority: string;
  defaultPathwayId: string;
  approvalDays: number;
  approvalDaysWithRfi: number;
  perPatientCostIndex: number;
  recruitmentMultiplier: number;
}

describe('mrct countries', () => {
  it('lists every reference country as JSON with key medians', async () => {
    // Given the shipped reference data / When listing as JSON
    const { io, out } = capture();
    const code = await countriesCommand.run(['--json'], io);
    // Then every country appears with its default pathway's approximate clock
    expect(code).toBe(0);
    const { countries } = JSON.parse(out.join('\n')) as { countries: Row[] };
    expect(countries.length).toBeGreaterThanOrEqual(45);
    const byIso = Object.fromEntries(countries.map((c) => [c.iso2, c]));
    expect(byIso.US).toMatchObject({
      authority: 'FDA',
      defaultPathwayId: 'fda-ind',
      approvalDays: 30,
      perPatientCostIndex: 1,
    });
    // EU CTR 60 days, 106 with maximum RFIs (Reg. 536/2014)
    expect(byIso.DE).toMatchObject({
      defaultPathwayId: 'eu-ctr-part-i',
      approvalDays: 60,
      approvalDaysWithRfi: 106,
    });
    // 60 working days ≈ 12 weeks = 84 calendar days
    expect(byIso.CN).toMatchObject({ approvalDays: 91, perPatientCostIndex: 0.44 }); // 5 WD acceptance + 60 WD review
    expect(byIso.GB).toMatchObject({ defaultPathwayId: 'mhra-combined-2026', approvalDaysWithRfi: 107 });
  });

  it('prints an aligned table and filters by region', async () => {
    const { io, out } = capture();
    expect(await main(['countries', '--region', 'asia-pacific'], io)).toBe(0);
    const lines = out.join('\n').split('\n');
    expect(lines[0]).toMatch(/^ISO\s+Country\s+Region\s+Authority/);
    const dataLines = lines.filter((l) => /^[A-Z]{2}\s/.test(l));
    expect(dataLines.map((l) => l.slice(0, 2)).sort()).toEqual([
      'AU',
      'CN',
      'HK',
      'IN',
      'JP',
      'KR',
      'MY',
      'NZ',
      'PH',
      'SG',
      'TH',
      'TW',
      'VN',
    ]);
    // Aligned: the Authority column starts at the same offset in every row
    const col = lines[0]!.indexOf('Authority');
    for (const l of dataLines) expect(l[col - 1], l).toBe(' ');
    expect(new Set(dataLines.map((l) => l.length)).size).toBe(1);
  });

  it('refuses an unknown region or option with a clear message', async () => {
    const bad = capture();
    expect(await countriesCommand.run(['--region', 'Atlantis'], bad.io)).toBe(2);
    expect(bad.err.join()).toMatch(/--region must be one of: North America/);
    const unknown = capture();
    expect(await countriesCommand.run(['--colour'], unknown.io)).toBe(2);
    expect(unknown.err.join()).toMatch(/Unknown option '--colour'/);
  });
});
