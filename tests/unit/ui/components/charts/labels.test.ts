import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapLabel } from '../../../../../src/ui/components/charts/svg/labels';

describe('axis labels', () => {
  it('estimates wider text for wider letters', () => {
    // Given a 12 px face, "iii" (narrow), "nnn" (average) and "WWW" (wide)
    const [narrow, average, wide] = ['iii', 'nnn', 'WWW'].map((t) => estimateTextWidth(t, 12));
    // Then the estimates rank as the glyphs do, and scale with the font size
    expect(narrow).toBeLessThan(average!);
    expect(average).toBeLessThan(wide!);
    expect(estimateTextWidth('nnn', 24)).toBe(2 * average!);
  });

  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('Denmark', 108, 12)).toEqual(['Denmark']);
  });

  it('breaks at spaces into at most two lines that each fit', () => {
    // Given a scenario name too wide for its 90 px band
    const lines = wrapLabel('Scale scenario 1 (5 countries)', 90, 12);
    // Then it is two lines, each within the width, words in order
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(90);
    expect(lines.join(' ').replace('…', '')).toMatch(/^Scale scenario 1/);
  });

  it('ends a label too long for two lines with an ellipsis', () => {
    const lines = wrapLabel('Optimism discount on site estimates for every country in the plan', 100, 12);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(estimateTextWidth(lines[1]!, 12)).toBeLessThanOrEqual(100);
  });

  it('cuts a single word wider than the space', () => {
    const [line] = wrapLabel('Supercalifragilisticexpialidocious', 60, 12, 1);
    expect(line!.endsWith('…')).toBe(true);
    expect(estimateTextWidth(line!, 12)).toBeLessThanOrEqual(60);
  });
});
