import type { JsonLogLine } from '@lambda-blueprints/testing';

/** The audit lines the record function wrote for orders (not the runtime's metric or failure lines). */
export const auditLines = (lines: readonly JsonLogLine[]): JsonLogLine[] => lines.filter((line) => 'pk' in line);
