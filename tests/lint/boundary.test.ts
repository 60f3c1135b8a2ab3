import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The purity rule is what keeps the engine usable from the CLI, the worker and tests. */
describe('engine purity lint rule', () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const lint = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  it.each([
    ['src/engine/forecast/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/engine/bad.ts', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['src/domain/bad.ts', "import { useAppStore } from '../state/store';\nexport const x = useAppStore;\n"],
    ['src/engine/cost/bad.ts', "import { App } from '../../ui/app/App';\nexport const x = App;\n"],
    ['src/engine/bad2.ts', "import { client } from '../worker/client';\nexport const x = client;\n"],
  ])('fails %s when it imports a forbidden layer', async (filePath, code) => {
    expect(await lint(filePath, code)).not.toHaveLength(0);
  });

  it('lets the UI import React and the engine import the domain', async () => {
    expect(await lint('src/ui/ok.tsx', "import { useState } from 'react';\nexport const x = useState;\n")).toHaveLength(0);
    expect(await lint('src/engine/ok.ts', "import { z } from 'zod';\nimport { isoDate } from '../domain/dates';\nexport const x = [z, isoDate];\n")).toHaveLength(0);
  });
});
