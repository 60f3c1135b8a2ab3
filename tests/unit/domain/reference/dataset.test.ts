import Holidays from 'date-holidays';
import countriesJson from '../../../../data/reference/countries.json';
import benchmarksJson from '../../../../data/reference/benchmarks.json';
import { describe, expect, it } from 'vitest';
import {
  REGIONS,
  defaultPathway,
  getAuthority,
  getCountry,
  getPathway,
  marketsRequiringLocalPatients,
  parseReferenceData,
  recruitmentMultiplier,
  referenceData,
  toUsd,
} from '../../../../src/domain/reference/index';

const { countries, pathways, authorities } = referenceData;

describe('coverage', () => {
  it('has at least 45 countries across all six regions, including the key APAC markets', () => {
    expect(countries.length).toBeGreaterThanOrEqual(45);
    expect(new Set(countries.map((c) => c.region))).toEqual(new Set(REGIONS));
    for (const iso of [
      'US',
      'CA',
      'BR',
      'MX',
      'GB',
      'DE',
      'PL',
      'CN',
      'JP',
      'KR',
      'TW',
      'AU',
      'NZ',
      'IN',
      'SG',
      'ZA',
      'IL',
    ]) {
      expect(getCountry(iso), iso).toBeDefined();
    }
  });

  it('has at least 18 authorities including every one the issue names', () => {
    expect(authorities.length).toBeGreaterThanOrEqual(18);
    const required = [
      'fda',
      'eu-ctr',
      'mhra',
      'tga',
      'pmda',
      'nmpa',
      'health-canada',
      'mfds',
      'tfda',
      'anvisa',
      'cofepris',
      'cdsco',
      'anmat',
      'sahpra',
      'hsa',
      'medsafe',
      'israel-moh',
      'swissmedic',
    ];
    for (const id of required) expect(getAuthority(id), id).toBeDefined();
  });

  it('has the named pathways', () => {
    const required = [
      'fda-ind',
      'eu-ctr-part-i',
      'mhra-combined-legacy',
      'mhra-combined-2026',
      'nmpa-ind-60wd',
      'nmpa-pilot-30wd',
      'tga-ctn',
      'tga-cta',
      'tfda-standard',
      'tfda-fast-track',
      'tfda-complex',
    ];
    for (const id of required) expect(getPathway(id), id).toBeDefined();
  });
});

describe('cross-references', () => {
  it('resolves country → authority → pathways and every pathway’s authority', () => {
    for (const c of countries) {
      expect(getAuthority(c.authorityId), c.iso2).toBeDefined();
      for (const id of c.pathwayIds) {
        const p = getPathway(id);
        expect(p?.authorityId, `${c.iso2} ${id}`).toBe(c.authorityId);
        expect(p?.appliesTo).toContain(c.iso2);
      }
    }
    for (const p of pathways) expect(getAuthority(p.authorityId), p.id).toBeDefined();
  });

  it('uses the EU CTR for every EU member and the EEA states, and national regimes elsewhere', () => {
    const eea = ['NO', 'IS', 'LI'];
    for (const c of countries) {
      if (c.euMember || eea.includes(c.iso2)) expect(c.pathwayIds[0], c.iso2).toBe('eu-ctr-part-i');
      else expect(c.authorityId, c.iso2).not.toBe('eu-ctr');
    }
    // All 27 EU member states (since Croatia joined in 2013).
    const eu = [
      'AT',
      'BE',
      'BG',
      'HR',
      'CY',
      'CZ',
      'DK',
      'EE',
      'FI',
      'FR',
      'DE',
      'GR',
      'HU',
      'IE',
      'IT',
      'LV',
      'LT',
      'LU',
      'MT',
      'NL',
      'PL',
      'PT',
      'RO',
      'SK',
      'SI',
      'ES',
      'SE',
    ];
    expect(
      countries
        .filter((c) => c.euMember)
        .map((c) => c.iso2)
        .sort(),
    ).toEqual([...eu].sort());
  });

  it('covers every state the EU CTR authority lists (EU 27 plus the EEA states)', () => {
    const ctr = getAuthority('eu-ctr');
    for (const iso of ctr?.jurisdictions ?? []) expect(getCountry(iso), iso).toBeDefined();
    expect(countries.length).toBeGreaterThanOrEqual(60);
  });

  it('has unique ids, and step ids unique within each pathway', () => {
    const uniq = (xs: string[]) => new Set(xs).size === xs.length;
    expect(uniq(countries.map((c) => c.iso2))).toBe(true);
    expect(uniq(pathways.map((p) => p.id))).toBe(true);
    expect(uniq(authorities.map((a) => a.id))).toBe(true);
    for (const p of pathways) expect(uniq(p.steps.map((s) => s.id)), p.id).toBe(true);
  });

  it('gives every country a currency with an FX rate and a resolved fx on the loaded record', () => {
    for (const c of countries) expect(c.fx, c.iso2).toBe(referenceData.fx.rates[c.currency]);
    // 1,450 JPY at ~145 JPY/USD is ~US$10
    expect(toUsd(1450, 'JPY')).toBeCloseTo(10, 6);
    expect(toUsd(1, 'XXX')).toBeUndefined();
  });

  it('names a holiday calendar that date-holidays knows for every pathway', () => {
    const known = new Holidays().getCountries();
    for (const p of pathways) expect(known[p.holidayCalendar], `${p.id} ${p.holidayCalendar}`).toBeDefined();
    expect(getPathway('nmpa-ind-60wd')?.holidayCalendar).toBe('CN');
  });

  it('rejects data whose country points at a missing pathway', () => {
    // Given the real files with one broken reference
    const raw = JSON.parse(JSON.stringify(referenceData)) as { countries: { pathwayIds: string[] }[] };
    raw.countries[0]!.pathwayIds = ['no-such-pathway'];
    // Then loading fails and names the problem
    expect(() => parseReferenceData(raw as never)).toThrow(/unknown pathway "no-such-pathway"/);
  });
});

describe('all ranges are ordered min ≤ mode ≤ max (independent walk)', () => {
  it('checks every min/mode/max object in the dataset', () => {
    let checked = 0;
    const bad: string[] = [];
    const walk = (x: unknown, path: string): void => {
      if (!x || typeof x !== 'object') return;
      const o = x as Record<string, unknown>;
      if (typeof o.min === 'number' && typeof o.mode === 'number' && typeof o.max === 'number') {
        checked++;
        if (!(o.min <= o.mode && o.mode <= o.max)) bad.push(path);
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    };
    walk(referenceData, '$');
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(400);
  });
});

describe('published facts are encoded as published', () => {
  const stepSum = (id: string, withRfi: boolean) =>
    getPathway(id)!.steps.reduce((s, st) => s + st.days + (withRfi ? (st.rfiMaxDays ?? 0) : 0), 0);

  it('EU CTR: 60 days without RFIs, 106 with, +50 for ATMPs (CTR Arts. 5–8)', () => {
    expect(stepSum('eu-ctr-part-i', false)).toBe(60);
    expect(stepSum('eu-ctr-part-i', true)).toBe(106);
    expect(stepSum('eu-ctr-part-i-atmp', false)).toBe(110);
    expect(getPathway('eu-ctr-part-i')!.steps.every((s) => s.rollForward && s.dayType === 'calendar')).toBe(
      true,
    );
  });

  it('UK from 28 Apr 2026: at most 107 days including sponsor time; legacy regime ends the day before', () => {
    const legacy = getPathway('mhra-combined-legacy')!;
    const current = getPathway('mhra-combined-2026')!;
    expect(current.validFrom).toBe('2026-04-28');
    expect(legacy.validTo).toBe('2026-04-27');
    expect(stepSum('mhra-combined-2026', true)).toBe(107);
    expect(getCountry('GB')!.pathwayIds).toEqual(['mhra-combined-2026', 'mhra-combined-legacy']);
  });

  it('statutory clocks: FDA 30 cd, NMPA 60/30 WD, ANMAT 3+60+10 WD, TFDA 45/15/120 cd, CDSCO 90 WD, ANVISA 90 WD, NZ 45 cd', () => {
    expect([stepSum('fda-ind', false), getPathway('fda-ind')!.steps[0]!.dayType]).toEqual([30, 'calendar']);
    expect(getPathway('nmpa-ind-60wd')!.steps[1]).toMatchObject({ days: 60, dayType: 'working' });
    expect(getPathway('nmpa-pilot-30wd')!.steps[1]).toMatchObject({ days: 30, dayType: 'working' });
    expect(getPathway('anmat-cta')!.steps.map((s) => s.days)).toEqual([3, 60, 10]);
    expect(['tfda-standard', 'tfda-fast-track', 'tfda-complex'].map((id) => stepSum(id, false))).toEqual([
      45, 15, 120,
    ]);
    expect(getPathway('cdsco-ct04')!.steps[0]).toMatchObject({ days: 90, dayType: 'working' });
    expect(getPathway('anvisa-ddcm')!.steps[0]).toMatchObject({ days: 90, dayType: 'working' });
    expect(stepSum('medsafe-s30', false)).toBe(45);
    expect(getPathway('nmpa-ind-60wd')!.gates.map((g) => g.id)).toContain('hgrac');
  });

  it('Australia R&D Tax Incentive: 25% base rate + 18.5 points = 43.5% refundable below A$20M', () => {
    const rdti = getCountry('AU')!.incentives.find((i) => i.id === 'au-rdti')!;
    const refundable = rdti.tiers.find((t) => t.refundable)!;
    expect(refundable.maxAggregatedTurnover?.value).toBe(20_000_000);
    expect(25 + refundable.premiumPoints!.value).toBeCloseTo(
      refundable.exampleEffectiveRatePercent!.value,
      10,
    );
    expect(rdti.tiers.filter((t) => !t.refundable).map((t) => t.premiumPoints?.value)).toEqual([8.5, 16.5]);
    expect(rdti.minimumEligibleSpend?.value).toBe(20_000);
    expect(rdti.maximumEligibleSpend?.value).toBe(150_000_000);
    expect(rdti.overseasSpend.eligible).toBe('conditional');
  });

  it('the raw recruitment multipliers follow PMC6260857 regional rates ÷ their unweighted mean (kept in countries.json, superseded by the benchmarks)', () => {
    // Independently: rates 0.84, 1.22, 0.58, 1.30, 0.92, 0.98 → mean 0.97333
    const mean = (0.84 + 1.22 + 0.58 + 1.3 + 0.92 + 0.98) / 6;
    const raw = (iso: string) =>
      (
        countriesJson as {
          iso2: string;
          recruitment: { overallMultiplier: { mode: number }; byArea: Record<string, { value?: number }> };
        }[]
      ).find((c) => c.iso2 === iso)!.recruitment;
    expect(raw('FR').overallMultiplier.mode).toBe(Math.round((1.22 / mean) * 100) / 100);
    expect(raw('US').overallMultiplier.mode).toBe(0.6);
    expect(raw('BR').overallMultiplier.mode).toBe(1.34);
    // CNS uses the Alzheimer's per-country figures: Mexico 6.0 / 4.14 ≈ 1.45
    expect(raw('MX').byArea.cns!.value).toBe(1.45);
    expect(recruitmentMultiplier('ZZ', 'cns')).toBeUndefined();
  });

  it('live recruitment multipliers come from the ClinicalTrials.gov benchmarks, with dataset, model and n', () => {
    const jp = benchmarksJson.countries.find((c) => c.iso2 === 'JP')!;
    const m = recruitmentMultiplier('JP', 'oncology')!;
    expect(m).toMatchObject({
      mode: Number(jp.multiplier.p50.toPrecision(3)),
      min: Number(jp.multiplier.p10.toPrecision(3)),
      confidence: 'high',
    });
    expect(m.source).toMatch(
      new RegExp(
        `ClinicalTrials\\.gov 2016 snapshot, ${jp.studies} industry phase 2–3 studies with ${jp.sites} sites in Japan, NB model`,
      ),
    );
    // Too few studies: the region's multiplier, low confidence, saying so (Luxembourg: 3 studies)
    const lu = recruitmentMultiplier('LU', 'oncology')!;
    expect(lu.confidence).toBe('low');
    expect(lu.source).toMatch(/only 3 studies with sites in Luxembourg; Western Europe regional multiplier/);
    // Area base rates: typical phase 3 study = fitted mean × median study factor
    const onc = benchmarksJson.areas.find((a) => a.id === 'oncology')!;
    const area = referenceData.therapeuticAreas.areas.find((a) => a.id === 'oncology')!;
    expect(area.baseRatePerSiteMonth.mode).toBe(
      Number((onc.baseRate.p50 * benchmarksJson.priorDispersion.medianStudyFactor).toPrecision(3)),
    );
    expect(area.baseRatePerSiteMonth.source).toMatch(/670 industry phase 2–3 oncology studies/);
    expect(area.baseRatePerSiteMonth.unsourced).toBeUndefined();
  });

  it('cost index: US = 1, Latin America 0.55, emerging Asia 0.44 (TTC 2009)', () => {
    expect(getCountry('US')!.costs.perPatientCostIndexVsUS.mode).toBe(1);
    for (const iso of ['MX', 'BR', 'AR', 'CL', 'CO', 'PE'])
      expect(getCountry(iso)!.costs.perPatientCostIndexVsUS.mode, iso).toBe(0.55);
    for (const iso of ['CN', 'IN', 'TH'])
      expect(getCountry(iso)!.costs.perPatientCostIndexVsUS.mode, iso).toBe(0.44);
  });

  it('local-patient markets include Japan, China, Korea, Taiwan and India', () => {
    expect(marketsRequiringLocalPatients().sort()).toEqual(['CN', 'IN', 'JP', 'KR', 'TW']);
  });

  it('APAC activation medians from Trials 2023;24:779', () => {
    const m = Object.fromEntries(
      ['AU', 'KR', 'HK', 'TW', 'NZ'].map((i) => [i, getCountry(i)!.siteActivationMedianDays?.value]),
    );
    expect(m).toEqual({ AU: 236, KR: 230, HK: 395, TW: 174, NZ: 184 });
  });

  it('default pathway is the first listed', () => {
    expect(defaultPathway('CN')?.id).toBe('nmpa-ind-60wd');
    expect(defaultPathway('zz')).toBeUndefined();
  });
});
