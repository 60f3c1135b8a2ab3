// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The engine and the domain are pure: the CLI, the worker and the tests call them directly, so
 * they may not reach for React, zustand, the DOM-bound layers or the worker (ARCHITECTURE.md).
 */
export const pureCoreRestriction = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'domain/engine must stay free of React.' },
    { group: ['zustand', 'zustand/*'], message: 'domain/engine must stay free of zustand.' },
    {
      group: ['**/state', '**/state/**', '**/ui', '**/ui/**', '**/worker', '**/worker/**'],
      message: 'domain/engine may not import state, ui or worker (one-way flow).',
    },
    { group: ['recharts', '@tanstack/*'], message: 'domain/engine may not import UI libraries.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report', '.tmp', 'tests/lint/fixtures/**'] },
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
  {
    files: ['src/domain/**/*.ts', 'src/engine/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', pureCoreRestriction] },
  },
);
