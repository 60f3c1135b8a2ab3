/** The parts of a zod issue needed to explain it. */
interface IssueLike {
  code: string;
  message: string;
  minimum?: unknown;
  maximum?: unknown;
  values?: unknown[];
  expected?: unknown;
  format?: unknown;
}

/**
 * zod's built-in messages ("Too small: expected number to be >=0") are written for developers;
 * schema authors' own messages are kept as they are.
 */
export function friendlyIssueMessage(issue: IssueLike): string {
  const builtIn = /^(Too small|Too big|Invalid option|Invalid input|Expected)/.test(issue.message);
  if (!builtIn) return issue.message;
  switch (issue.code) {
    case 'too_small':
      return `Must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `Must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `Use one of: ${(issue.values ?? []).map(String).join(', ')}`;
    case 'invalid_type':
      return issue.expected === 'int' ? 'Must be a whole number' : `Must be a ${String(issue.expected)}`;
    default:
      return issue.message;
  }
}
