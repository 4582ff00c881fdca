import { formatRatio, meetsTarget, type Target } from './ratio-target.js';

/** One bar: a measured ratio, the target it is held to, and what it compares. */
export interface ChartBar {
  label: string;
  value: number;
  target: Target;
}

const width = 900;
const labelWidth = 420;
const plotLeft = labelWidth + 10;
const plotRight = width - 70;
const rowHeight = 22;
const barHeight = 14;
const top = 48;
const colors = { pass: '#2e7d32', miss: '#c62828', grid: '#d0d0d0', text: '#222222', target: '#000000' };

const escapeXml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

// Ratios span from about 0.01 to a few hundred, so the axis is logarithmic, in whole decades with room on both sides
// of every figure and target (a target of exactly 0.1 does not sit on the edge).
function decadesAround(values: readonly number[]): { low: number; high: number } {
  const finite = values.filter((value) => Number.isFinite(value) && value > 0);
  return {
    low: Math.ceil(Math.log10(Math.min(1, ...finite))) - 1,
    high: Math.floor(Math.log10(Math.max(1, ...finite))) + 1,
  };
}

/**
 * A small hand-written SVG: one horizontal bar per ratio on a logarithmic axis, a black tick at its target, green when
 * the ratio meets the target and red when it misses. No charting library: the file is committed and reviewed as text.
 */
export function ratioChartSvg(title: string, bars: readonly ChartBar[]): string {
  const { low, high } = decadesAround(bars.flatMap((bar) => [bar.value, bar.target.limit]));
  const x = (value: number): number => {
    const clamped = Math.min(Math.max(value, 10 ** low), 10 ** high);
    return plotLeft + ((Math.log10(clamped) - low) / (high - low)) * (plotRight - plotLeft);
  };
  const plotBottom = top + bars.length * rowHeight;
  const height = plotBottom + 56;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="22" font-size="15" font-weight="bold" fill="${colors.text}">${escapeXml(title)}</text>`,
  ];
  for (let decade = low; decade <= high; decade++) {
    const gridX = x(10 ** decade).toFixed(1);
    parts.push(
      `<line x1="${gridX}" y1="${top - 6}" x2="${gridX}" y2="${plotBottom}" stroke="${colors.grid}"/>`,
      `<text x="${gridX}" y="${plotBottom + 16}" text-anchor="middle" fill="${colors.text}">${formatRatio(10 ** decade)}</text>`,
    );
  }
  bars.forEach((bar, index) => {
    const rowTop = top + index * rowHeight;
    const barTop = rowTop + (rowHeight - barHeight) / 2;
    // A ratio of zero or less (a warm run no slower than the one before) sits at the axis minimum.
    const valueKnown = Number.isFinite(bar.value);
    const end = valueKnown ? x(bar.value) : plotLeft;
    const color = valueKnown && meetsTarget(bar.value, bar.target) ? colors.pass : colors.miss;
    const targetX = x(bar.target.limit);
    // The figure goes past the end of the bar or the target tick, whichever is further, so they never overlap.
    const textX = Math.max(end, targetX) + 5;
    parts.push(
      `<text x="${labelWidth}" y="${rowTop + 15}" text-anchor="end" fill="${colors.text}">${escapeXml(bar.label)}</text>`,
      `<rect x="${plotLeft}" y="${barTop}" width="${(end - plotLeft).toFixed(1)}" height="${barHeight}" fill="${color}"/>`,
      `<line x1="${targetX.toFixed(1)}" y1="${rowTop + 1}" x2="${targetX.toFixed(1)}" y2="${rowTop + rowHeight - 1}" stroke="${colors.target}" stroke-width="2"/>`,
      `<text x="${textX.toFixed(1)}" y="${rowTop + 15}" fill="${colors.text}">${valueKnown ? formatRatio(bar.value) : 'n/a'}</text>`,
    );
  });
  parts.push(
    `<text x="10" y="${height - 12}" fill="${colors.text}">Bars: measured ratio (log scale). Black tick: target. ` +
      `<tspan fill="${colors.pass}">Green</tspan>: meets it. <tspan fill="${colors.miss}">Red</tspan>: misses it.</text>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}
