/** What a CLI command may touch: its output streams. Injected so tests can capture them. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** A CLI command: parses its own arguments, returns the process exit code. */
export interface CliCommand {
  summary: string;
  usage: string;
  run: (args: string[], io: CliIo) => Promise<number> | number;
}

/** How command `name` refuses: "mrct NAME: message" on stderr, and the exit code (2 = usage). */
export function commandFailure(io: CliIo, name: string): (message: string, code?: number) => number {
  return (message, code = 2) => {
    io.err(`mrct ${name}: ${message}`);
    return code;
  };
}
