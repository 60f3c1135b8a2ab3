import { describe, expect, it } from 'vitest';
import { createRegulatoryCommand, type RegulatorySource } from '../../../../src/cli/commands/regulatory';
import type { CliIo } from '../../../../src/cli/io';

const source: RegulatorySource = {
  authorities: [
    { id: 'fda', name: 'US Food and Drug Administration' },
    { id: 'nmpa', name: 'National Medical Products Administration' },
  ],
  pathways: [
    {
      id: 'fda-ind',
      authorityId: 'fda',
      name: 'IND',
      holidayCalendar: 'US',
      tacitApproval: { applies: true, note: 'In effect after 30 days unless on hold' },
      steps: [{ id: 'review', label: 'IND review', days: 30, dayType: 'calendar', rollForward: false }],
    },
    {
      id: 'nmpa-ind',
      authorityId: 'nmpa',
      name: 'IND (60 WD implied approval)',
      holidayCalendar: 'CN',
      steps: [
        {
          id: 'review',
          label: 'CDE review',
          days: 60,
          dayType: 'working',
          rollForward: false,
          rfiMaxDays: 20,
        },
      ],
    },
  ],
};

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

const command = createRegulatoryCommand(() => source);

describe('mrct regulatory', () => {
  it('prints decision dates as JSON (RD-1)', async () => {
    const { io, out } = capture();
    const code = await command.run(
      ['--authority', 'fda', '--pathway', 'fda-ind', '--submitted', '2025-03-03', '--json'],
      io,
    );
    expect(code).toBe(0);
    const parsed = JSON.parse(out.join('\n')) as {
      decision: string;
      decisionWithRfi: string;
      steps: { end: string }[];
    };
    expect(parsed.decision).toBe('2025-04-02');
    expect(parsed.decisionWithRfi).toBe('2025-04-02');
    expect(parsed.steps[0]?.end).toBe('2025-04-02');
  });

  it('prints each step in text, with the RFI date', async () => {
    // Given 60 WD from 2026-01-20 on the CN calendar → 2026-04-21 (hand count in computeClock.test)
    const { io, out } = capture();
    await command.run(['--authority', 'nmpa', '--pathway', 'nmpa-ind', '--submitted', '2026-01-20'], io);
    const text = out.join('\n');
    expect(text).toContain('CDE review');
    expect(text).toContain('Tue 2026-04-21');
  });

  it('lists authorities and pathways', async () => {
    const { io, out } = capture();
    await command.run(['--list', '--json'], io);
    const parsed = JSON.parse(out.join('\n')) as {
      authorities: { id: string; pathways: { id: string }[] }[];
    };
    expect(parsed.authorities.map((a) => [a.id, a.pathways.map((p) => p.id)])).toEqual([
      ['fda', ['fda-ind']],
      ['nmpa', ['nmpa-ind']],
    ]);
  });

  it('names the bad field and exits non-zero', async () => {
    const cases: [string[], RegExp][] = [
      [['--pathway', 'fda-ind', '--submitted', '2025-03-03'], /--authority is required/],
      [['--authority', 'ema', '--pathway', 'x', '--submitted', '2025-03-03'], /--authority "ema" is unknown/],
      [['--authority', 'fda', '--pathway', 'nmpa-ind', '--submitted', '2025-03-03'], /not a pathway of fda/],
      [
        ['--authority', 'fda', '--pathway', 'fda-ind', '--submitted', '2025-02-30'],
        /--submitted must be a real date/,
      ],
    ];
    for (const [args, message] of cases) {
      const { io, err } = capture();
      expect(await command.run(args, io)).toBe(2);
      expect(err.join('\n')).toMatch(message);
    }
  });
});
