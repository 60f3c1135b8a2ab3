import { parseArgs } from 'node:util';
import { parseWorkspaceFile } from '../../domain/workspace/index';
import type { CliCommand } from '../io';
import { readTextFile } from '../spec-file';

/** `mrct validate FILE`: every problem in a workspace file with its JSON path; exit 1 when invalid. */
export const validateCommand: CliCommand = {
  summary: 'Check a workspace file and list every problem with its JSON path',
  usage: 'mrct validate FILE [--json]',
  run: async (args, io) => {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' } },
    });
    const file = positionals[0];
    if (!file) {
      io.err('mrct validate: give the workspace file to check, e.g. `mrct validate plan.mrct.json`.');
      return 2;
    }
    const read = await readTextFile(file);
    if (!read.ok) {
      io.err(`mrct validate: ${read.message}`);
      return 2;
    }
    const result = parseWorkspaceFile(read.text, file);
    if (values.json) {
      io.out(
        JSON.stringify(
          result.ok
            ? {
                valid: true,
                migratedFrom: result.migratedFrom ?? null,
                sites: result.workspace.sites.length,
                scenarios: result.workspace.scenarios.length,
              }
            : { valid: false, problems: result.problems },
          null,
          2,
        ),
      );
      return result.ok ? 0 : 1;
    }
    if (result.ok) {
      const ws = result.workspace;
      const migrated = result.migratedFrom
        ? ` (schema version ${result.migratedFrom}; will be upgraded when saved)`
        : '';
      io.out(
        `${file}: valid${migrated} — "${ws.study.name}", ${ws.countries.length} countries, ${ws.sites.length} sites, ${ws.scenarios.length} scenarios.`,
      );
      return 0;
    }
    io.err(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
    for (const p of result.problems) io.err(`  ${p.path || '(whole file)'}: ${p.message}`);
    return 1;
  },
};
