import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import costBenchmarksJson from '../../../../data/reference/cost-benchmarks.json';
import scoreAnchorsJson from '../../../../data/reference/score-anchors.json';
import { costBenchmarksFileSchema } from '../../../../src/domain/reference/cost-benchmarks';
import {
  bundledReferenceFiles,
  parseReferenceData,
  referenceFilesSchema,
} from '../../../../src/domain/reference/index';
import { linkReferenceData } from '../../../../src/domain/reference/load';
import { scoreAnchorsSchema } from '../../../../src/domain/reference/score-anchors';
import {
  bundledCalendarFiles,
  shippedCalendarSchema,
} from '../../../../src/engine/calendar/shipped-calendars';

/*
 * The bundled data files are used as they are at start-up (checking them with zod took ~0.1 s of
 * every `mrct` run and app start), so here each must pass its schema AND come out of the parse
 * unchanged: no default filled in, no unknown key stripped, keys in the schema's order (the
 * objects the app uses are the file's own, and key order shows in JSON output). A file edited by
 * hand that fails here: fix the value, or move the key to where the schema lists it.
 */
const files: Array<[string, z.ZodType, unknown]> = [
  ...Object.entries(bundledReferenceFiles).map(
    ([name, raw]) =>
      [
        `data/reference/${name === 'therapeuticAreas' ? 'therapeutic-areas' : name}.json`,
        referenceFilesSchema.shape[name as keyof typeof bundledReferenceFiles],
        raw,
      ] as [string, z.ZodType, unknown],
  ),
  ['data/reference/cost-benchmarks.json', costBenchmarksFileSchema, costBenchmarksJson],
  ['data/reference/score-anchors.json', scoreAnchorsSchema, scoreAnchorsJson],
  ...bundledCalendarFiles.map(
    (raw) =>
      [`data/calendars/${(raw as { country: string }).country}.json`, shippedCalendarSchema, raw] as [
        string,
        z.ZodType,
        unknown,
      ],
  ),
];

describe('bundled data files', () => {
  it.each(files)('%s passes its schema and the parse changes nothing', (_name, schema, raw) => {
    const parsed = schema.safeParse(raw);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(raw));
  });

  it('link to the same reference data with or without the schema check', () => {
    const parsed = parseReferenceData(bundledReferenceFiles);
    const linked = linkReferenceData(bundledReferenceFiles as z.infer<typeof referenceFilesSchema>);
    expect(JSON.stringify(linked)).toBe(JSON.stringify(parsed));
  });

  it('fails on a file whose keys are out of the schema order or that the schema would change', () => {
    const [, schema, raw] = files.find(([name]) => name.endsWith('therapeutic-areas.json'))!;
    const { areas, ...rest } = raw as { areas: unknown };
    const reordered = { areas, ...rest };
    expect(JSON.stringify(schema.parse(reordered))).not.toBe(JSON.stringify(reordered));
    const extra = { ...(raw as object), unknownKey: 1 };
    expect(JSON.stringify(schema.parse(extra))).not.toBe(JSON.stringify(extra));
  });
});
