import { parseArgs } from 'node:util';
import {
  method1ConditionalMinFraction,
  method1ConditionalProbability,
  method1MinFraction,
  method1Probability,
  method2Probability,
} from '../../engine/consistency/mhlw';
import type { CliCommand, CliIo } from '../io';
import { switchOptions, valueOptions } from '../args';

const usage = [
  'mrct consistency --method 1 --pi 0.5 --power 0.9 --cp 0.8 [--conditional] [--alpha 0.025] [--json]',
  '       mrct consistency --method 1 --pi 0.5 --power 0.9 --fraction 0.25 [--conditional] [--json]',
  '       mrct consistency --method 2 --fractions 0.2,0.3,0.5 --power 0.8 [--alpha 0.025] [--json]',
  '',
  'MHLW regional consistency (ICH E17). Method 1: P(D_region/D_all > π), unconditional (Quan et al.',
  '2010) or conditional on overall significance (Homma 2024); prints the minimum regional fraction',
  'for --cp, or the probability for --fraction. Method 2: P(all regions show a positive effect).',
  'alpha is one-sided (default 0.025).',
].join('\n');

class ArgError extends Error {}

function num(
  name: string,
  raw: string | undefined,
  lo: number,
  hi: number,
  required = true,
): number | undefined {
  if (raw === undefined) {
    if (required) throw new ArgError(`--${name} is required`);
    return undefined;
  }
  const x = Number(raw);
  if (!Number.isFinite(x) || x <= lo || x >= hi)
    throw new ArgError(`--${name} must be a number in (${lo}, ${hi}), got "${raw}"`);
  return x;
}

function runConsistency(args: string[], io: CliIo): number {
  const { values } = parseArgs({
    args,
    options: {
      ...valueOptions('method', 'pi', 'power', 'cp', 'fraction', 'fractions', 'alpha'),
      ...switchOptions('conditional', 'json'),
    },
    strict: true,
  });
  const json = values.json === true;
  /** The result: `{ key: value }` with --json, else the sentence. */
  const print = (key: string, value: number | null, text: string) =>
    io.out(json ? JSON.stringify({ [key]: value }) : text);
  const power = num('power', values.power, 0, 1) as number;
  const alpha = num('alpha', values.alpha, 0, 1, false) ?? 0.025;
  const design = { power, alpha };
  if (values.method === '2') {
    if (!values.fractions) throw new ArgError('--fractions is required for method 2 (e.g. 0.2,0.3,0.5)');
    const fractions = values.fractions
      .split(',')
      .map((s) => num('fractions', s.trim(), 0, 1.0000001) as number);
    const sum = fractions.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > 1e-6) throw new ArgError(`--fractions must sum to 1, got ${sum}`);
    const p = method2Probability(fractions, design);
    print('probability', p, `Method 2: P(every region shows a positive effect) = ${p.toFixed(4)}`);
    return 0;
  }
  if (values.method !== '1') throw new ArgError(`--method must be 1 or 2, got "${values.method ?? ''}"`);
  const pi = num('pi', values.pi, 0, 1.0000001) as number;
  const conditional = values.conditional === true;
  const label = conditional ? 'Method 1 (conditional on overall significance)' : 'Method 1';
  if (values.fraction !== undefined) {
    const f = num('fraction', values.fraction, 0, 1.0000001) as number;
    const p = conditional ? method1ConditionalProbability(f, pi, design) : method1Probability(f, pi, design);
    print('probability', p, `${label}: P(D_region/D_all > ${pi}) = ${p.toFixed(4)} at fraction ${f}`);
    return 0;
  }
  const cp = num('cp', values.cp, 0, 1) as number;
  const f = conditional ? method1ConditionalMinFraction(pi, cp, design) : method1MinFraction(pi, cp, design);
  print(
    'minFraction',
    f,
    f === null
      ? `${label}: no regional fraction ≤ 1 reaches ${cp}`
      : `${label}: minimum regional fraction = ${f.toFixed(4)} (${(100 * f).toFixed(1)}% of patients)`,
  );
  return 0;
}

export const consistencyCommand: CliCommand = {
  summary: 'MHLW regional consistency: Method 1/2 probability or minimum regional fraction',
  usage,
  run(args, io) {
    try {
      return runConsistency(args, io);
    } catch (error) {
      if (
        error instanceof ArgError ||
        error instanceof RangeError ||
        (error instanceof TypeError && 'code' in error)
      ) {
        io.err(`mrct consistency: ${error.message}\n\nUsage: ${usage}`);
        return 2;
      }
      throw error;
    }
  },
};
