/**
 * 8-point Gauss–Legendre nodes and weights on [−1, 1] (Abramowitz & Stegun 1964, table 25.4):
 * exact for polynomials up to degree 15, which is why a few panels integrate the smooth survival
 * curves of the forecast and the optimizer's count model to ~1e-10.
 */
export const GAUSS_LEGENDRE_8_NODES: readonly number[] = [
  -0.9602898564975363, -0.7966664774136267, -0.525532409916329, -0.1834346424956498, 0.1834346424956498,
  0.525532409916329, 0.7966664774136267, 0.9602898564975363,
];
export const GAUSS_LEGENDRE_8_WEIGHTS: readonly number[] = [
  0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.362683783378362, 0.362683783378362,
  0.3137066458778873, 0.2223810344533745, 0.1012285362903763,
];
