import { z } from 'zod';

/**
 * Plain-language messages for the generic zod failures, so a clinical-operations user reads
 * "Required" rather than "Invalid input: expected string, received undefined". Field-specific
 * messages in the schemas take precedence; returning undefined keeps zod's default.
 */
z.config({
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined) return 'Required';
    const got = issue.input === null ? 'null' : Array.isArray(issue.input) ? 'a list' : typeof issue.input;
    const wanted =
      issue.expected === 'array'
        ? 'a list'
        : issue.expected === 'object'
          ? 'an object'
          : `a ${issue.expected}`;
    return `Expected ${wanted}, got ${got}`;
  },
});
