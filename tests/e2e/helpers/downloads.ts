import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

const dir = mkdtempSync(join(tmpdir(), 'mrct-e2e-'));

/** Clicks `trigger`, saves the download it starts and returns its path on disk. */
export async function downloadFrom(page: Page, trigger: Locator, name: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), trigger.click()]);
  const file = join(dir, `${Date.now()}-${name}`);
  await dl.saveAs(file);
  return file;
}

export const readText = (file: string, encoding: BufferEncoding = 'utf8') => readFileSync(file, encoding);

/** Downloads the workspace with "Save file" and returns its parsed `workspace`. */
export async function savedWorkspace(
  page: Page,
): Promise<Record<string, unknown> & { sites: unknown[]; investigators: unknown[] }> {
  const file = await downloadFrom(
    page,
    page.getByRole('button', { name: 'Save file' }),
    'workspace.mrct.json',
  );
  return (
    JSON.parse(readText(file)) as {
      workspace: Record<string, unknown> & { sites: unknown[]; investigators: unknown[] };
    }
  ).workspace;
}

export const zipEntries = (file: string) =>
  execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
export const zipEntry = (file: string, entry: string) =>
  execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8' });

/** The visible text of a PPTX slide (its <a:t> runs joined by spaces, XML entities decoded). */
export function slideText(deck: string, n: number): string {
  const xml = zipEntry(deck, `ppt/slides/slide${n}.xml`);
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1] ?? '')).join(' ');
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The text jsPDF drew on each page, in order (uncompressed content streams; strings in `( ) Tj`
 * operators with \( \) \\ escapes undone). jsPDF writes one content stream per page.
 */
export function pdfPagesText(file: string): string[] {
  const raw = readFileSync(file, 'latin1');
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => m[1] ?? '');
  return streams
    .filter((s) => /\bTj\b|\bTJ\b/.test(s))
    .map((s) =>
      [...s.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)]
        .map((m) => (m[1] ?? '').replace(/\\([()\\])/g, '$1'))
        .join(' '),
    );
}
