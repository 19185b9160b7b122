/** A command used wrongly (a bad option value, a missing argument): exit code 2, one line, no stack. */
export class UsageError extends Error {}
