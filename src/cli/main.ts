import { quoteArg } from './args';
import { commands } from './commands/index';
import { processIo, type CliIo } from './io';
import { terminalSafe } from './terminal-text';

export { adoptEvaluateThread } from './parallel/compare-in-threads';

function helpText(): string {
  const rows = Object.entries(commands)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, cmd]) => `  ${name.padEnd(13)} ${cmd.summary}`);
  return [
    'mrct — MRCT Planner command line (same engine as the app)',
    '',
    'Usage: mrct <command> [options]',
    '',
    'Commands:',
    ...rows,
    '',
    'Run `mrct <command> --help` for a command’s options.',
  ].join('\n');
}

/** Runs the CLI with the given arguments; returns the exit code (never throws). */
export async function main(argv: string[], rawIo: CliIo = processIo): Promise<number> {
  // Every line any command prints passes through terminalSafe (names from a file may hold escapes).
  const io: CliIo = {
    out: (text) => rawIo.out(terminalSafe(text)),
    err: (text) => rawIo.err(terminalSafe(text)),
  };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name ? 0 : 1;
  }
  // Own keys only: `mrct __proto__` or `mrct constructor` would otherwise find Object.prototype
  // members and crash with "command.run is not a function" (found by tests/unit/fuzz).
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`Unknown command ${quoteArg(name)}.\n\n${helpText()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.err(`mrct ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

const invokedDirectly = import.meta.url === `file://${process.argv[1]}`;
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
