import { describe, expect, it } from 'vitest';
import {
  erfc,
  gammaCdf,
  inverseRegularizedBeta,
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
} from '../../../../src/engine/stats';

// Reference values computed independently in python3 stdlib:
// math.lgamma; incomplete beta by composite Simpson (400k panels) on the beta density with a
// substitution t = x·s^k making a·k an integer (smooth integrand); gamma P by a plain power series; normal CDF by math.erfc.
const LGAMMA: Array<[number, number]> = [
  [0.1, 2.2527126517342055],
  [0.5, 0.5723649429247004],
  [1.5, -0.12078223763524543],
  [3.7, 1.4280723266653883],
  [10.25, 13.368023671476049],
  [150.5, 602.5139548705855],
  [1000, 5905.220423209181],
  [12345.6, 103959.18506616846],
];
const IBETA: Array<[number, number, number, number]> = [
  [0.3, 2, 3, 0.3483],
  [0.8, 5, 1.5, 0.5055606488152474],
  [0.2, 0.5, 3, 0.733430296619931],
  [0.75, 300, 100, 0.49231934710158126],
  [0.5, 10, 10, 0.5],
  [0.1, 1.2, 40, 0.9778798834266907],
];
const GAMMA_P: Array<[number, number, number]> = [
  [0.5, 0.3, 0.561421973919],
  [2, 1, 0.2642411176571153],
  [5, 9, 0.9450363585048974],
  [1000, 950, 0.055054686230747316],
  [30, 45, 0.9926628007022112],
];
const NORMAL: Array<[number, number]> = [
  [-8, 6.220960574271819e-16],
  [-3, 0.0013498980316300957],
  [-1.2, 0.1150696702217083],
  [0, 0.5],
  [0.5, 0.6914624612740131],
  [2.5, 0.9937903346742238],
  [6, 0.9999999990134123],
];

describe('logGamma', () => {
  it.each(LGAMMA)('matches python math.lgamma at %f', (x, expected) => {
    // Given x, when ln Γ(x) is computed, then it agrees to 1e-12 relative.
    expect(Math.abs(logGamma(x) - expected)).toBeLessThan(1e-12 * Math.max(1, Math.abs(expected)));
  });
  it('satisfies Γ(n) = (n−1)! for integers', () => {
    expect(Math.exp(logGamma(6))).toBeCloseTo(120, 9);
  });
});

describe('regularizedBeta', () => {
  it.each(IBETA)('I_%f(%f, %f) matches numeric integration', (x, a, b, expected) => {
    // Given Simpson-integrated references (error < 1e-10), then the continued fraction agrees.
    expect(Math.abs(regularizedBeta(x, a, b) - expected)).toBeLessThan(1e-9);
  });
  it('obeys the symmetry I_x(a,b) = 1 − I_{1−x}(b,a)', () => {
    expect(regularizedBeta(0.37, 4.2, 7.9) + regularizedBeta(0.63, 7.9, 4.2)).toBeCloseTo(1, 14);
  });
  it.each([
    [0.05, 300, 100],
    [0.5, 2, 3],
    [0.999, 0.7, 1.3],
    [1e-6, 150, 24],
    [0.9, 0.3, 0.2],
  ])('inverse round-trips p=%f a=%f b=%f', (p, a, b) => {
    // Given p, when x = I⁻¹(p) is computed, then I_x(a,b) returns p.
    const x = inverseRegularizedBeta(p, a, b);
    expect(Math.abs(regularizedBeta(x, a, b) - p)).toBeLessThan(1e-12 + 1e-10 * p);
  });
});

describe('incomplete gamma', () => {
  it.each(GAMMA_P)('P(%f, %f) matches the python series', (a, x, expected) => {
    expect(Math.abs(regularizedGammaP(a, x) - expected)).toBeLessThan(1e-11);
  });
  it('P + Q = 1 and gammaCdf uses a rate', () => {
    expect(regularizedGammaP(3.3, 7.1) + regularizedGammaQ(3.3, 7.1)).toBeCloseTo(1, 14);
    // Gamma(2, rate 4) CDF at 0.5 = P(2, 2) = 1 − 3e^{−2}
    expect(gammaCdf(0.5, 2, 4)).toBeCloseTo(1 - 3 * Math.exp(-2), 14);
  });
});

describe('normal', () => {
  it.each(NORMAL)('Φ(%f) matches python math.erfc', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected)).toBeLessThan(1e-14 + 1e-12 * expected);
  });
  it.each([1e-12, 0.001, 0.025, 0.3, 0.5, 0.8, 0.975, 0.999999])('Φ⁻¹ round-trips %f', (p) => {
    expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1e-14 + 1e-11 * p);
  });
  it('Φ⁻¹(0.975) = 1.959963984540054', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(erfc(0)).toBe(1);
  });
});
