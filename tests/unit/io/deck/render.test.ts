import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeckModel } from '../../../../src/io/deck/deck-model';
import { buildReportModel } from '../../../../src/io/deck/report-model';
import { renderDeck } from '../../../../src/io/deck/render-deck';
import { buildOnePagerModel } from '../../../../src/io/pdf/one-pager-model';
import { renderOnePager } from '../../../../src/io/pdf/render-pdf';
import { context, global, usOnly, workspace } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'mrct-render-'));
const unzipList = (file: string) =>
  execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);

describe('renderers', () => {
  it('writes a PPTX whose slides, native charts and notes match the deck model', async () => {
    // Given a two-scenario deck (7 slides: title, summary, 2 scenarios, comparison, requirements, risks; charts 2 + 3 + 1)
    const deck = buildDeckModel(buildReportModel(workspace, [usOnly, global], context));
    // When rendered
    const file = join(dir, 'deck.pptx');
    writeFileSync(file, (await renderDeck(deck, 'nodebuffer')) as Uint8Array);
    // Then the zip holds 7 slides, 7 notes and 6 chart parts with their embedded workbooks
    const entries = unzipList(file);
    expect(entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e))).toHaveLength(7);
    expect(entries.filter((e) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(e))).toHaveLength(7);
    expect(entries.filter((e) => /^ppt\/charts\/chart\d+\.xml$/.test(e))).toHaveLength(6);
    expect(entries.filter((e) => /^ppt\/embeddings\/.+\.xlsx$/.test(e))).toHaveLength(6);
    const slide4 = execFileSync('unzip', ['-p', file, 'ppt/slides/slide4.xml'], { encoding: 'utf8' });
    expect(slide4).toContain('Scenario: Global');
  });

  it('writes the PDF one-pager on ONE landscape page, however many scenarios are chosen', async () => {
    const model = buildOnePagerModel(buildReportModel(workspace, [usOnly, global, usOnly], context));
    const pdf = Buffer.from((await renderOnePager(model, 'arraybuffer')) as ArrayBuffer).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    // A4 landscape: 841.89 × 595.28 pt
    expect(pdf).toMatch(/\/MediaBox \[0 0 841\.8\d* 595\.2\d*\]/);
    expect(pdf).toContain('/Title (ORCHID-3');
    // Axis tick labels and titles are drawn as text
    expect(pdf).toContain('(Jan 2028) Tj');
    expect(pdf).toContain('(1,000) Tj');
    expect(pdf).toContain('(Calendar date) Tj');
  });
});
