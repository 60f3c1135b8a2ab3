import { parseArgs } from 'node:util';
import { daysBetween, isIsoDate, weekdayName } from '../../domain/dates';
import { isKnownCalendar } from '../../engine/calendar/holidays';
import { computeClock, type ClockPathway, type ClockResult } from '../../engine/regulatory';
import { referenceData } from '../../domain/reference/index';
import type { CliCommand, CliIo } from '../io';
import { switchOptions, valueOptions } from '../args';

/** What `mrct regulatory` needs from the reference data (a subset of src/domain/reference). */
export interface RegulatorySource {
  authorities: readonly { id: string; name: string }[];
  pathways: readonly (ClockPathway & { authorityId: string; tacitApproval?: unknown })[];
}

const USAGE =
  'mrct regulatory --authority ID --pathway ID --submitted YYYY-MM-DD [--winter-clock-stop] [--rms ISO2] [--json]\n' +
  '       mrct regulatory --list [--json]';

function list(source: RegulatorySource, json: boolean, io: CliIo): number {
  const authorities = source.authorities.map((a) => ({
    id: a.id,
    name: a.name,
    pathways: source.pathways.filter((p) => p.authorityId === a.id).map((p) => ({ id: p.id, name: p.name })),
  }));
  if (json) {
    io.out(JSON.stringify({ authorities }, null, 2));
    return 0;
  }
  const lines = authorities.flatMap((a) => [
    `${a.id.padEnd(22)} ${a.name}`,
    ...a.pathways.map((p) => `  ${p.id.padEnd(30)} ${p.name}`),
  ]);
  io.out(lines.join('\n'));
  return 0;
}

function dayLabel(days: number, dayType: string): string {
  return `${days} ${dayType === 'working' ? 'WD' : 'cd'}`;
}

function printText(result: ClockResult, pathway: ClockPathway, io: CliIo): void {
  const date = (d: string) => `${weekdayName(d)} ${d}`;
  const width = Math.max(...result.steps.map((s) => s.label.length));
  const rows = result.steps.map((s, i) => {
    const spec = pathway.steps[i];
    const rfi = s.rfiMaxDays > 0 ? ` (+${dayLabel(s.rfiMaxDays, spec?.rfiDayType ?? s.dayType)} RFI)` : '';
    const roll = spec?.rollForward ? ' ↻' : '';
    return `  ${s.label.padEnd(width)} ${(dayLabel(s.days, s.dayType) + roll).padEnd(10)} ${date(s.start)}  →  ${date(s.end)}   with RFI → ${date(s.endWithRfi)}${rfi}`;
  });
  io.out(
    [
      `${pathway.name} (${pathway.id}); holiday calendar ${result.holidayCalendar}; submitted ${date(result.submitted)}`,
      ...rows,
      `Decision:                 ${date(result.decision)} (${daysBetween(result.submitted, result.decision)} calendar days)`,
      `Decision with max RFI:    ${date(result.decisionWithRfi)} (${daysBetween(result.submitted, result.decisionWithRfi)} calendar days)`,
      '  ↻ = a deadline on a weekend/holiday moves to the next working day; cd = calendar days, WD = working days',
    ].join('\n'),
  );
}

/** Builds `mrct regulatory` over a reference-data source (injected so tests can use fixtures). */
export function createRegulatoryCommand(load: () => RegulatorySource): CliCommand {
  return {
    summary: 'Decision dates of a regulatory pathway from a submission date; --list for ids',
    usage: USAGE,
    run: (args, io) => {
      const { values } = parseArgs({
        args,
        options: {
          ...valueOptions('authority', 'pathway', 'submitted', 'rms'),
          ...switchOptions('list', 'json', 'winter-clock-stop'),
        },
      });
      const source = load();
      if (values.list) return list(source, values.json ?? false, io);
      const fail = (message: string) => {
        io.err(`mrct regulatory: ${message}\nUsage: ${USAGE}`);
        return 2;
      };
      if (!values.authority) return fail('--authority is required (see `mrct regulatory --list`).');
      if (!values.pathway) return fail('--pathway is required (see `mrct regulatory --list`).');
      if (!values.submitted) return fail('--submitted is required, e.g. --submitted 2025-03-03.');
      if (!isIsoDate(values.submitted))
        return fail(`--submitted must be a real date written YYYY-MM-DD (got "${values.submitted}").`);
      const authority = source.authorities.find((a) => a.id === values.authority);
      if (!authority) {
        return fail(
          `--authority "${values.authority}" is unknown; known: ${source.authorities.map((a) => a.id).join(', ')}.`,
        );
      }
      const candidates = source.pathways.filter((p) => p.authorityId === authority.id);
      const pathway = candidates.find((p) => p.id === values.pathway);
      if (!pathway) {
        return fail(
          `--pathway "${values.pathway}" is not a pathway of ${authority.id}; known: ${candidates.map((p) => p.id).join(', ') || 'none'}.`,
        );
      }
      // --rms: count on the reporting member state's holidays (EU CTR), not the pathway's default calendar.
      const rms = values.rms?.toUpperCase();
      if (rms !== undefined && !isKnownCalendar(rms))
        return fail(`--rms "${values.rms}" is not a known holiday calendar (ISO 3166-1 alpha-2).`);
      const result = computeClock(pathway, values.submitted, {
        winterClockStop: values['winter-clock-stop'] ?? false,
        ...(rms !== undefined ? { holidayCalendar: rms } : {}),
      });
      if (values.json) {
        const { steps, decision, decisionWithRfi, holidayCalendar, submitted, warnings } = result;
        io.out(
          JSON.stringify(
            {
              authority: authority.id,
              pathway: pathway.id,
              name: pathway.name,
              holidayCalendar,
              submitted,
              winterClockStop: values['winter-clock-stop'] ?? false,
              decision,
              decisionWithRfi,
              tacitApproval: pathway.tacitApproval ?? null,
              steps,
              warnings,
            },
            null,
            2,
          ),
        );
        return 0;
      }
      printText(result, pathway, io);
      for (const w of result.warnings) io.err(`Warning: ${w}`);
      return 0;
    },
  };
}

/** `mrct regulatory` over the shipped reference data (src/domain/reference). */
export const regulatoryCommand: CliCommand = createRegulatoryCommand(() => ({
  authorities: referenceData.authorities,
  pathways: referenceData.pathways,
}));
