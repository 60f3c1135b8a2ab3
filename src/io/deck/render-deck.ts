import type PptxGenJS from 'pptxgenjs';
import type { DeckChart, DeckModel, SlideModel } from './deck-model';

/**
 * Renders the deck model with pptxgenjs (loaded on demand: ~120 KB gzipped that the first screen
 * must not pay for). Charts are native PowerPoint charts (editable, data embedded), not images.
 */

const NAVY = '102A4C';
const MUTED = '5B6675';
const COLORS = ['1F5FBF', 'D9822B', '2A9D6F', '9B3FB0', 'C2413B', '5B6675'];
const FAN_COLORS = ['8FB3E8', '1F5FBF', '8FB3E8', 'C2413B'];
// LAYOUT_WIDE is 13.33 × 7.5 inches.
const W = 13.33;

type Pptx = PptxGenJS;
type Slide = ReturnType<Pptx['addSlide']>;

function addChart(
  pptx: Pptx,
  slide: Slide,
  chart: DeckChart,
  box: { x: number; y: number; w: number; h: number },
) {
  const data = chart.series.map((s) => ({ name: s.name, labels: chart.categories, values: s.values }));
  const common = {
    ...box,
    title: chart.title,
    showTitle: true,
    titleFontSize: 12,
    titleColor: NAVY,
    showLegend: chart.series.length > 1,
    legendPos: 'b' as const,
    legendFontSize: 9,
    catAxisTitle: chart.categoryAxisTitle,
    showCatAxisTitle: true,
    catAxisTitleFontSize: 9,
    valAxisTitle: chart.valueAxisTitle,
    showValAxisTitle: true,
    valAxisTitleFontSize: 9,
    catAxisLabelFontSize: 8,
    valAxisLabelFontSize: 8,
  };
  if (chart.kind === 'line') {
    slide.addChart(pptx.ChartType.line, data, {
      ...common,
      chartColors: FAN_COLORS,
      lineDataSymbol: 'none',
      lineSize: 2,
    });
  } else {
    slide.addChart(pptx.ChartType.bar, data, {
      ...common,
      barDir: chart.horizontal ? 'bar' : 'col',
      chartColors: COLORS,
      valAxisLabelFormatCode: '#,##0',
    });
  }
}

function addSlide(pptx: Pptx, model: SlideModel) {
  const slide = pptx.addSlide();
  if (model.kind === 'title') {
    slide.background = { color: NAVY };
    slide.addText(model.title, {
      x: 0.7,
      y: 2.2,
      w: W - 1.4,
      h: 1.6,
      fontSize: 32,
      bold: true,
      color: 'FFFFFF',
      fit: 'shrink',
    });
    slide.addText(model.subtitle ?? '', {
      x: 0.7,
      y: 4.0,
      w: W - 1.4,
      h: 1.2,
      fontSize: 16,
      color: 'DDE6F3',
    });
    slide.addNotes(model.notes);
    return;
  }
  slide.addText(model.title, {
    x: 0.5,
    y: 0.3,
    w: W - 1,
    h: 0.6,
    fontSize: 24,
    bold: true,
    color: NAVY,
    fit: 'shrink',
  });
  let y = 0.95;
  if (model.subtitle) {
    slide.addText(model.subtitle, {
      x: 0.5,
      y,
      w: W - 1,
      h: 0.4,
      fontSize: 12,
      italic: true,
      color: MUTED,
      fit: 'shrink',
    });
    y += 0.45;
  }
  const hasCharts = model.charts.length > 0;
  if (model.bullets.length) {
    const h = hasCharts ? 1.6 : model.table ? 2.2 : 5.5;
    slide.addText(
      model.bullets.map((b) => ({ text: b, options: { bullet: true, breakLine: true } })),
      {
        x: 0.5,
        y,
        w: W - 1,
        h,
        fontSize: hasCharts ? 12 : 14,
        color: '1B1F24',
        valign: 'top',
        fit: 'shrink',
      },
    );
    y += h + 0.1;
  }
  if (model.table) {
    const rows = [model.table.header, ...model.table.rows].map((r, i) =>
      r.map((text) => ({
        text,
        options: i === 0 ? { bold: true, color: 'FFFFFF', fill: { color: NAVY } } : {},
      })),
    );
    const h = Math.min(2.6, 0.35 * rows.length);
    slide.addTable(rows, {
      x: 0.5,
      y,
      w: W - 1,
      fontSize: 10,
      border: { type: 'solid', pt: 0.5, color: 'D9DEE6' },
      autoPage: false,
    });
    y += h + 0.2;
  }
  if (hasCharts) {
    const n = model.charts.length;
    const gap = 0.2;
    const w = (W - 1 - gap * (n - 1)) / n;
    const h = Math.max(2.5, 7.2 - y);
    model.charts.forEach((chart, i) => addChart(pptx, slide, chart, { x: 0.5 + i * (w + gap), y, w, h }));
  }
  slide.addNotes(model.notes);
}

/** The .pptx file of a deck model. `output` 'blob' in the browser, 'nodebuffer' in Node tests. */
export async function renderDeck(
  deck: DeckModel,
  output: 'blob' | 'nodebuffer' = 'blob',
): Promise<Blob | Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.company = 'MRCT Planner';
  for (const slide of deck.slides) addSlide(pptx, slide);
  return (await pptx.write({ outputType: output, compression: true })) as Blob | Uint8Array;
}
