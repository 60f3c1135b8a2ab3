import type { CliCommand } from '../io';
import { forecastCommand } from './forecast';
import { consistencyCommand } from './consistency';
import { optimizeCommand } from './optimize';
import { countriesCommand } from './countries';
import { regulatoryCommand } from './regulatory';
import { validateCommand } from './validate';
import { evaluateCommand } from './evaluate';
import { eventsCommand } from './events';
import { benchmarksCommand } from './benchmarks';
import { backtestCommand } from './backtest';

/**
 * Every `mrct` sub-command, by name. Each module owns its argument parsing (node:util parseArgs)
 * and calls the pure engine; add new commands here, one line each.
 */
export const commands: Record<string, CliCommand> = {
  forecast: forecastCommand,
  consistency: consistencyCommand,
  optimize: optimizeCommand,
  countries: countriesCommand,
  regulatory: regulatoryCommand,
  validate: validateCommand,
  evaluate: evaluateCommand,
  events: eventsCommand,
  benchmarks: benchmarksCommand,
  backtest: backtestCommand,
};
