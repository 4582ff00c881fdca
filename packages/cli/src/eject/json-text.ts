/** Biome's line width in the workspace's biome.json, which ejected projects copy. */
const LINE_WIDTH = 120;

const isPrimitive = (value: unknown): boolean => value === null || typeof value !== 'object';

/** `value` formatted at a line that already holds `prefix` characters, nested `indent` deep. */
function formatted(value: unknown, indent: string, prefix: number): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const inline = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    if (value.every(isPrimitive) && prefix + inline.length < LINE_WIDTH) return inline;
    return `[\n${value.map((item) => `${inner}${formatted(item, inner, inner.length)}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, item]) => {
      const head = `${inner}${JSON.stringify(key)}: `;
      return `${head}${formatted(item, inner, head.length)}`;
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/**
 * A JSON config file (tsconfig.json, cdk.json) as Biome formats it, so an ejected project passes its own lint:
 * objects expanded, arrays of plain values on one line when they fit.
 */
export const jsonText = (value: unknown): string => `${formatted(value, '', 0)}\n`;
