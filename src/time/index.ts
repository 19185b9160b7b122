export { findTimeExpressions, resolveTime, HISTORY_DAYS, type TimeExpression, type ResolveOptions } from './expressions.ts';
export { dateEvents } from './event-dates.ts';
