// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layers and the directions imports may take (drawn in README "Architecture"):
 *
 *   ui ──► state, worker, io, engine, domain        cli ──► io, engine, domain
 *   worker ──► io, engine, domain                    io ──► engine, domain
 *   state ──► engine, domain                         engine ──► domain
 *   domain ──► (nothing of ours)
 *
 * domain and engine are pure (the CLI, the worker and the tests call them directly): no React,
 * zustand, UI or file-format libraries. tests/lint/boundary.test.ts proves each rule fires.
 */
const layerGroups = (layers) => layers.map((l) => `**/${l}`).concat(layers.map((l) => `**/${l}/**`));
const layerRule = (layers, from) => ({
  group: layerGroups(layers),
  message: `${from} may not import ${layers.join(', ')} (one-way layers, see README).`,
});
const uiLibraries = {
  group: [
    'react',
    'react-dom',
    'react/*',
    'react-dom/*',
    'zustand',
    'zustand/*',
    'immer',
    'recharts',
    'recharts/*',
    '@tanstack/*',
    'd3-geo',
  ],
  message: 'Pure layers may not import UI or store libraries.',
};
const fileLibraries = {
  group: [
    'papaparse',
    'read-excel-file',
    'read-excel-file/*',
    'write-excel-file',
    'write-excel-file/*',
    'jspdf',
    'pptxgenjs',
    'lz-string',
  ],
  message: 'Reading and writing file formats belongs in io.',
};

export const layerRestrictions = {
  domain: {
    patterns: [
      uiLibraries,
      fileLibraries,
      layerRule(['engine', 'io', 'state', 'ui', 'worker', 'cli'], 'domain'),
    ],
  },
  engine: {
    patterns: [uiLibraries, fileLibraries, layerRule(['io', 'state', 'ui', 'worker', 'cli'], 'engine')],
  },
  io: { patterns: [layerRule(['state', 'ui', 'worker', 'cli'], 'io')] },
  state: { patterns: [layerRule(['io', 'ui', 'worker', 'cli'], 'state')] },
  // The worker runs io's file readers (XLSX, workspace files) off the main thread.
  worker: { patterns: [layerRule(['state', 'ui', 'cli'], 'worker')] },
  cli: { patterns: [uiLibraries, layerRule(['state', 'ui', 'worker'], 'cli')] },
};
/** Kept for the purity test's name: domain and engine share the pure-core rule. */
export const pureCoreRestriction = layerRestrictions.engine;

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-cli',
      'node_modules',
      'test-results',
      'playwright-report',
      '.tmp',
      'tests/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts', 'src/state/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  ...Object.entries(layerRestrictions).map(([layer, restriction]) => ({
    files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
    rules: { 'no-restricted-imports': ['error', restriction] },
  })),
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'scripts/**/*', 'bench/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }] },
  },
);
