/**
 * The one format module: dates, month counts, money, percentages and probabilities for every
 * screen, the CLI's text output, the deck and the PDF. Pure (no React, no DOM).
 */
export * from './dates';
export * from './money';
export * from './numbers';
