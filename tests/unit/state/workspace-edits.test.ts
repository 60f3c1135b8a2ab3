import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { produce } from 'immer';

/**
 * The store's edits rely on these properties of immer's produce (structural sharing, no-op
 * identity, no proxies left behind): a contract test, so an upgrade that changed them fails here.
 */

interface Doc {
  study: { name: string; target: number };
  sites: { id: string; n: number; flags: string[]; cap?: number }[];
  scenarios: {
    id: string;
    countries: { iso2: string; siteIds: string[] }[];
    byRegion: Record<string, string>;
  }[];
}

const doc = (): Doc => ({
  study: { name: 'A', target: 10 },
  sites: [
    { id: 's1', n: 1, flags: [] },
    { id: 's2', n: 2, flags: ['x'], cap: 5 },
  ],
  scenarios: [{ id: 'c1', countries: [{ iso2: 'US', siteIds: ['s1', 's2'] }], byRegion: { EU: 'cro' } }],
});

const hasProxy = (v: unknown): boolean => {
  // structuredClone refuses proxies, so a clean result clones without throwing.
  try {
    structuredClone(v);
    return false;
  } catch {
    return true;
  }
};

describe('produce (copy-on-write drafts)', () => {
  it('copies only the path to a change and shares the rest', () => {
    // Given a document
    const base = doc();
    const snapshot = structuredClone(base);
    // When one study field changes
    const next = produce(base, (d) => void (d.study.name = 'B'));
    // Then the study is new, the sites and scenarios are shared, and the base is untouched
    expect(next.study).toEqual({ name: 'B', target: 10 });
    expect(next).not.toBe(base);
    expect(next.study).not.toBe(base.study);
    expect(next.sites).toBe(base.sites);
    expect(next.scenarios).toBe(base.scenarios);
    expect(base).toEqual(snapshot);
  });

  it('returns the base itself when the edit changes nothing', () => {
    const base = doc();
    expect(produce(base, (d) => void (d.study.name = 'A'))).toBe(base);
    expect(produce(base, (d) => void d.sites.find((s) => s.id === 's1'))).toBe(base);
  });

  it('handles push, filter/map reassignment, delete and Object.assign like a deep clone would', () => {
    // Given a document and the same edits applied to a deep clone
    const edit = (d: Doc) => {
      d.sites.push({ id: 's3', n: 3, flags: [] });
      d.sites = d.sites.map((s) => (s.id === 's1' ? { ...s, n: 9 } : s));
      const second = d.sites.find((s) => s.id === 's2')!;
      delete second.cap;
      second.flags.push('y');
      Object.assign(d.scenarios[0]!.countries[0]!, { siteIds: ['s2'] });
      delete d.scenarios[0]!.byRegion.EU;
      d.scenarios.push({ ...d.scenarios[0]!, id: 'c2' });
    };
    const base = doc();
    const expected = structuredClone(base);
    edit(expected);
    // When applied through a draft
    const next = produce(base, edit);
    // Then the results match, hold no proxies, and the base is unchanged
    expect(next).toEqual(expected);
    expect(hasProxy(next)).toBe(false);
    expect(base).toEqual(doc());
    expect(Object.keys(next.scenarios[1]!.byRegion)).toEqual([]);
    expect(next.scenarios[1]!.countries).toBe(next.scenarios[0]!.countries);
  });

  it('spreads, iterates and serialises drafts like plain values', () => {
    const base = doc();
    let seen: unknown;
    produce(base, (d) => {
      seen = {
        spread: { ...d.study },
        keys: Object.keys(d.sites[1]!),
        json: JSON.parse(JSON.stringify(d.scenarios)) as unknown,
        ids: [...d.sites].map((s) => s.id),
        isArray: Array.isArray(d.sites),
      };
    });
    expect(seen).toEqual({
      spread: base.study,
      keys: Object.keys(base.sites[1]!),
      json: base.scenarios,
      ids: ['s1', 's2'],
      isArray: true,
    });
  });

  it('agrees with a deep clone for random edit sequences (property)', () => {
    // Given random sequences of the edits the store's actions make
    const op = fc.oneof(
      fc.record({ k: fc.constant('name' as const), v: fc.string({ maxLength: 3 }) }),
      fc.record({ k: fc.constant('n' as const), i: fc.nat(3), v: fc.integer() }),
      fc.record({ k: fc.constant('push' as const), v: fc.integer() }),
      fc.record({ k: fc.constant('drop' as const), i: fc.nat(3) }),
      fc.record({ k: fc.constant('flag' as const), i: fc.nat(3), v: fc.string({ maxLength: 2 }) }),
      fc.record({ k: fc.constant('ids' as const), i: fc.nat(3) }),
    );
    type Op = { k: string; i?: number; v?: unknown };
    const apply = (d: Doc, o: Op) => {
      const site = d.sites[(o.i ?? 0) % Math.max(1, d.sites.length)];
      if (o.k === 'name') d.study.name = o.v as string;
      else if (o.k === 'n' && site) site.n = o.v as number;
      else if (o.k === 'push') d.sites.push({ id: `p${String(o.v)}`, n: 0, flags: [] });
      else if (o.k === 'drop') d.sites = d.sites.filter((_, j) => j !== o.i);
      else if (o.k === 'flag' && site) site.flags.push(o.v as string);
      else if (o.k === 'ids')
        for (const c of d.scenarios[0]!.countries) c.siteIds = c.siteIds.filter((_, j) => j !== o.i);
    };
    fc.assert(
      fc.property(fc.array(fc.array(op, { maxLength: 5 }), { maxLength: 6 }), (edits) => {
        // When each edit is applied through a draft and to a deep clone
        let current = doc();
        let reference = doc();
        const history: { value: Doc; frozen: Doc }[] = [];
        for (const ops of edits) {
          history.push({ value: current, frozen: structuredClone(current) });
          current = produce(current, (d) => ops.forEach((o) => apply(d, o as Op)));
          reference = structuredClone(reference);
          ops.forEach((o) => apply(reference, o as Op));
        }
        // Then the results agree and no earlier version (undo history) was changed
        expect(current).toEqual(reference);
        for (const h of history) expect(h.value).toEqual(h.frozen);
      }),
      { seed: 9, numRuns: 300 },
    );
  });
});
