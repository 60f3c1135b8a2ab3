import type { jsPDF } from 'jspdf';
import { PAGE, type OnePage, type OnePagerModel } from './one-pager-model';

/** Renders the one-pager with jsPDF (loaded on demand): vector text, lines and a table; one A4 page per scenario. */

type Doc = jsPDF;

const NAVY: [number, number, number] = [16, 42, 76];
const BLUE: [number, number, number] = [31, 95, 191];
const RED: [number, number, number] = [194, 65, 59];
const GREY: [number, number, number] = [91, 102, 117];

function polyline(doc: Doc, points: [number, number][]) {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as [number, number];
    const b = points[i] as [number, number];
    doc.line(a[0], a[1], b[0], b[1]);
  }
}

function drawPage(doc: Doc, p: OnePage) {
  const left = PAGE.margin;
  const inner = PAGE.width - 2 * PAGE.margin;
  doc.setTextColor(...NAVY);
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(15);
  doc.text(doc.splitTextToSize(p.title, inner) as string[], left, 20);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(10);
  doc.setTextColor(...GREY);
  doc.text(doc.splitTextToSize(p.subtitle, inner) as string[], left, 34);

  // KPI boxes
  const kw = inner / p.kpis.length;
  p.kpis.forEach((k, i) => {
    const x = left + i * kw;
    doc.setDrawColor(217, 222, 230);
    doc.rect(x + 1, 42, kw - 2, 18);
    doc.setFontSize(7.5);
    doc.setTextColor(...GREY);
    doc.text(k.label, x + 3, 47);
    doc.setFontSize(11);
    doc.setTextColor(...NAVY);
    doc.text(doc.splitTextToSize(k.value, kw - 5) as string[], x + 3, 54);
  });

  // Fan chart
  const f = p.fan;
  doc.setFontSize(9);
  doc.setTextColor(...NAVY);
  doc.text(
    'Cumulative randomised patients (P10 / P50 / P90) by month from first submission',
    left,
    f.box.y - 3,
  );
  doc.setDrawColor(180, 186, 196);
  doc.setLineWidth(0.2);
  doc.line(f.box.x, f.box.y + f.box.h, f.box.x + f.box.w, f.box.y + f.box.h);
  doc.line(f.box.x, f.box.y, f.box.x, f.box.y + f.box.h);
  doc.setFontSize(7);
  doc.setTextColor(...GREY);
  doc.text(String(Math.round(f.maxPatients)), f.box.x - 2, f.box.y + 2, { align: 'right' });
  doc.text('0', f.box.x - 2, f.box.y + f.box.h, { align: 'right' });
  doc.text(`month ${Math.round(f.maxMonth)}`, f.box.x + f.box.w, f.box.y + f.box.h + 4, { align: 'right' });
  doc.setDrawColor(...BLUE);
  doc.setLineWidth(0.3);
  polyline(doc, f.p10);
  polyline(doc, f.p90);
  doc.setLineWidth(0.8);
  polyline(doc, f.p50);
  doc.setLineWidth(0.3);
  doc.setDrawColor(...RED);
  doc.setLineDashPattern([1.5, 1.2], 0);
  doc.line(f.box.x, f.targetY, f.box.x + f.box.w, f.targetY);
  doc.setDrawColor(...NAVY);
  doc.line(f.deadlineX, f.box.y, f.deadlineX, f.box.y + f.box.h);
  doc.setLineDashPattern([], 0);
  doc.setTextColor(...RED);
  doc.text('target', f.box.x + 1, f.targetY - 1);
  doc.setTextColor(...NAVY);
  doc.text('deadline', f.deadlineX + 1, f.box.y + 3);

  // Country table
  let y = f.box.y + f.box.h + 12;
  const cols = p.table.header.length;
  const cw = inner / cols;
  doc.setFontSize(8.5);
  doc.setFont('helvetica', 'bold');
  doc.setTextColor(...NAVY);
  p.table.header.forEach((h, i) => doc.text(h, left + i * cw, y));
  doc.setFont('helvetica', 'normal');
  doc.setTextColor(27, 31, 36);
  const maxRows = Math.floor((PAGE.height - 60 - y) / 5);
  for (const row of p.table.rows.slice(0, maxRows)) {
    y += 5;
    row.forEach((cell, i) => doc.text(cell, left + i * cw, y));
  }
  y += 9;
  doc.setFontSize(8.5);
  for (const note of p.notes) {
    const lines = doc.splitTextToSize(note, inner) as string[];
    doc.text(lines, left, y);
    y += 4.5 * lines.length;
  }
  doc.setFontSize(7);
  doc.setTextColor(...GREY);
  doc.text(doc.splitTextToSize(p.footer, inner) as string[], left, PAGE.height - 14);
}

export async function renderOnePager(
  model: OnePagerModel,
  output: 'blob' | 'arraybuffer' = 'blob',
): Promise<Blob | ArrayBuffer> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait' });
  doc.setProperties({ title: model.fileTitle, creator: 'MRCT Planner' });
  model.pages.forEach((p, i) => {
    if (i > 0) doc.addPage();
    drawPage(doc, p);
  });
  return output === 'blob' ? doc.output('blob') : doc.output('arraybuffer');
}
