/**
 * Structural audit of raw reference JSON, independent of the zod schemas: every number must sit
 * directly inside an object that carries provenance — either a provenance value itself
 * (`value` or `min`/`mode`/`max` with `source`, `asOf`, `confidence`) or a record with a
 * `provenance` child (e.g. a pathway step's `days`). Ancestors further up do not count, so a
 * stray number deep inside a sourced record is still caught.
 */

export interface ProvenanceViolation {
  /** JSON path, e.g. "countries[3].costs.siteStartupFee.mode". */
  path: string;
  problem: string;
}

const REQUIRED = ['source', 'asOf', 'confidence'] as const;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function hasProvenanceFields(o: Record<string, unknown>): boolean {
  return REQUIRED.every((k) => typeof o[k] === 'string' && (o[k] as string).length > 0);
}

/** An object that looks like a sourced value or range (it holds the numbers being sourced). */
function looksLikeProvenanceValue(o: Record<string, unknown>): boolean {
  return 'value' in o || ('min' in o && 'max' in o) || 'mode' in o;
}

function carriesProvenance(o: Record<string, unknown>): boolean {
  if (hasProvenanceFields(o)) return true;
  return isObject(o.provenance) && hasProvenanceFields(o.provenance);
}

/** Walks `root` and returns every number without provenance and every incomplete provenance. */
export function findProvenanceViolations(root: unknown, rootPath = '$'): ProvenanceViolation[] {
  const out: ProvenanceViolation[] = [];
  const visit = (node: unknown, path: string, parent: Record<string, unknown> | null): void => {
    if (typeof node === 'number') {
      if (!parent || !carriesProvenance(parent)) out.push({ path, problem: 'number without provenance' });
      return;
    }
    if (Array.isArray(node)) {
      // Numbers in an array belong to the object holding the array.
      node.forEach((item, i) => visit(item, `${path}[${i}]`, parent));
      return;
    }
    if (!isObject(node)) return;
    if (looksLikeProvenanceValue(node) || path.endsWith('.provenance')) {
      for (const k of REQUIRED) {
        if (typeof node[k] !== 'string' || (node[k] as string).length === 0) {
          out.push({ path, problem: `provenance lacks ${k}` });
        }
      }
    }
    for (const [k, v] of Object.entries(node)) visit(v, `${path}.${k}`, node);
  };
  visit(root, rootPath, null);
  return out;
}
