import type { jsPDF } from 'jspdf';
import { LAYOUT, type FanChart, type OnePagerColumn, type OnePagerModel } from './one-pager-model';

/**
 * Renders the one-pager with jsPDF (loaded on demand) on ONE A4 landscape page: vector text and
 * lines, the scenarios in columns side by side. Positions come from the model (one-pager-model.ts).
 */

type Doc = jsPDF;
type RGB = [number, number, number];

const NAVY: RGB = [16, 42, 76];
const BLUE: RGB = [31, 95, 191];
const RED: RGB = [194, 65, 59];
const GREY: RGB = [91, 102, 117];
const LINE: RGB = [217, 222, 230];
const INK: RGB = [27, 31, 36];
/** Text line heights in millimetres per point size (jsPDF's 1.15 line factor, 1 pt = 0.3528 mm). */
const lineHeight = (pt: number) => pt * 0.3528 * 1.2;

function polyline(doc: Doc, points: [number, number][]) {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as [number, number];
    const b = points[i] as [number, number];
    doc.line(a[0], a[1], b[0], b[1]);
  }
}

function text(doc: Doc, value: string, x: number, y: number, width: number, pt: number): number {
  doc.setFontSize(pt);
  const lines = doc.splitTextToSize(value, width) as string[];
  doc.text(lines, x, y);
  return lines.length * lineHeight(pt);
}

/** The recommendation as numbered sentences; smaller type when they would run into the columns. */
function drawRecommendation(doc: Doc, sentences: string[], x: number, y: number, width: number) {
  if (sentences.length === 0) return;
  doc.setFont('helvetica', 'bold');
  doc.setTextColor(...NAVY);
  doc.setFontSize(10);
  doc.text('Recommendation', x, y);
  doc.setFont('helvetica', 'normal');
  doc.setTextColor(...INK);
  const room = LAYOUT.columnsTop - 6 - (y + 4);
  let pt = 8.5;
  const height = (size: number) => {
    doc.setFontSize(size);
    return sentences.reduce(
      (a, s, i) => a + (doc.splitTextToSize(`${i + 1}. ${s}`, width) as string[]).length * lineHeight(size),
      0,
    );
  };
  while (pt > 6 && height(pt) > room) pt -= 0.5;
  let at = y + 4.5;
  sentences.forEach((s, i) => {
    at += text(doc, `${i + 1}. ${s}`, x, at, width, pt);
  });
}

function drawChart(doc: Doc, f: FanChart) {
  const { box } = f;
  const bottom = box.y + box.h;
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(7.5);
  doc.setTextColor(...NAVY);
  doc.text('Enrollment forecast (P10 / P50 / P90)', box.x - LAYOUT.yAxisRoom, box.y - 3);
  doc.setFont('helvetica', 'normal');
  // Grid lines and y ticks with their labels
  doc.setFontSize(6);
  doc.setTextColor(...GREY);
  doc.setLineWidth(0.1);
  for (const t of f.yAxis.ticks) {
    doc.setDrawColor(...LINE);
    doc.line(box.x, t.at, box.x + box.w, t.at);
    doc.setDrawColor(120, 128, 140);
    doc.line(box.x - 1.2, t.at, box.x, t.at);
    doc.text(t.label, box.x - 1.8, t.at + 0.8, { align: 'right' });
  }
  // x ticks (dates) with their labels
  for (const t of f.xAxis.ticks) {
    doc.line(t.at, bottom, t.at, bottom + 1.2);
    doc.text(t.label, t.at, bottom + 3.8, { align: 'center' });
  }
  // Axes and their titles
  doc.setDrawColor(120, 128, 140);
  doc.setLineWidth(0.25);
  doc.line(box.x, bottom, box.x + box.w, bottom);
  doc.line(box.x, box.y, box.x, bottom);
  doc.setFontSize(6.5);
  doc.text(f.xAxis.title, box.x + box.w / 2, bottom + 7.5, { align: 'center' });
  doc.text(f.yAxis.title, box.x - LAYOUT.yAxisRoom + 2.5, bottom, { angle: 90 });
  // The fan
  doc.setDrawColor(...BLUE);
  doc.setLineWidth(0.3);
  polyline(doc, f.p10);
  polyline(doc, f.p90);
  doc.setLineWidth(0.8);
  polyline(doc, f.p50);
  // Target and deadline
  doc.setLineWidth(0.3);
  doc.setLineDashPattern([1.5, 1.2], 0);
  doc.setDrawColor(...RED);
  doc.line(box.x, f.targetY, box.x + box.w, f.targetY);
  if (f.deadlineX !== undefined) {
    doc.setDrawColor(...GREY);
    doc.line(f.deadlineX, box.y, f.deadlineX, bottom);
  }
  doc.setLineDashPattern([], 0);
  doc.setFontSize(6);
  doc.setTextColor(...RED);
  doc.text('target', box.x + 1, f.targetY - 0.8);
  if (f.deadlineX !== undefined) {
    doc.setTextColor(...GREY);
    doc.text('deadline', f.deadlineX - 0.8, box.y + 2.5, { align: 'right' });
  }
}

function drawColumn(doc: Doc, c: OnePagerColumn) {
  let y = LAYOUT.columnsTop;
  doc.setDrawColor(...LINE);
  doc.setLineWidth(0.3);
  doc.line(c.x, y - 4.5, c.x + c.w, y - 4.5);
  doc.setFont('helvetica', 'bold');
  doc.setTextColor(...NAVY);
  y += text(doc, c.heading, c.x, y, c.w, 10);
  doc.setFont('helvetica', 'normal');
  if (c.rank) {
    doc.setTextColor(...GREY);
    y += text(doc, c.rank, c.x, y, c.w, 7.5);
  }
  y += 1;
  const labelW = c.w * 0.42;
  for (const k of c.kpis) {
    doc.setFontSize(7.5);
    doc.setTextColor(...GREY);
    doc.text(k.label, c.x, y);
    doc.setTextColor(...INK);
    doc.setFont('helvetica', 'bold');
    const h = text(doc, k.value, c.x + labelW, y, c.w - labelW, 7.5);
    doc.setFont('helvetica', 'normal');
    y += Math.max(h, lineHeight(7.5)) + 0.6;
  }
  y += 1;
  doc.setTextColor(...INK);
  for (const r of c.requirements) y += text(doc, r, c.x, y, c.w, 7);
  drawChart(doc, c.chart);
  doc.setTextColor(...INK);
  text(doc, c.countries, c.x, c.chart.box.y + c.chart.box.h + 12, c.w, 7);
}

export async function renderOnePager(
  model: OnePagerModel,
  output: 'blob' | 'arraybuffer' = 'blob',
): Promise<Blob | ArrayBuffer> {
  const { jsPDF } = await import('jspdf');
  const { width, height, margin } = model.page;
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'landscape' });
  doc.setProperties({ title: model.fileTitle, creator: 'MRCT Planner' });
  const inner = width - 2 * margin;
  doc.setFont('helvetica', 'bold');
  doc.setTextColor(...NAVY);
  text(doc, model.title, margin, 15, inner, 14);
  doc.setFont('helvetica', 'normal');
  doc.setTextColor(...GREY);
  text(doc, model.subtitle, margin, 21.5, inner, 8.5);
  drawRecommendation(doc, model.recommendation, margin, 30, inner);
  for (const c of model.columns) drawColumn(doc, c);
  doc.setTextColor(...GREY);
  let y = height - 17;
  for (const n of model.notes) y += text(doc, n, margin, y, inner, 6.5);
  doc.setDrawColor(...LINE);
  doc.line(margin, height - 10, width - margin, height - 10);
  text(doc, model.footer, margin, height - 7, inner, 6.5);
  return output === 'blob' ? doc.output('blob') : doc.output('arraybuffer');
}
