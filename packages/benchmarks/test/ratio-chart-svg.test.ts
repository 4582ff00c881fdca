import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ratioChartSvg } from '../src/index.js';
import { chartBar, missingBar, throughputBar } from './support/chart-bar-factory.js';

const bodyRects = (svg: string): { '@_fill': string; '@_width': string }[] => {
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg) as {
    svg: { rect: { '@_fill': string; '@_width': string }[] };
  };
  // The first rect is the white background.
  return parsed.svg.rect.slice(1);
};

describe('ratioChartSvg', () => {
  it('is well-formed XML', () => {
    // Prepare
    const bars = [chartBar(), missingBar(), throughputBar(41)];

    // Act
    const svg = ratioChartSvg('Ratios', bars);

    // Assess
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it('draws one bar per figure, green when it meets its target and red when it misses', () => {
    // Prepare
    const bars = [chartBar(), missingBar(), throughputBar(3)];

    // Act
    const rects = bodyRects(ratioChartSvg('Ratios', bars));

    // Assess
    expect(rects.map((rect) => rect['@_fill'])).toEqual(['#2e7d32', '#c62828', '#c62828']);
  });

  it('draws a larger ratio as a longer bar', () => {
    // Prepare
    const bars = [throughputBar(3), throughputBar(40)];

    // Act
    const [short, long] = bodyRects(ratioChartSvg('Ratios', bars));

    // Assess
    expect(Number(long?.['@_width'])).toBeGreaterThan(Number(short?.['@_width']));
  });

  it('escapes markup in titles and labels', () => {
    // Prepare
    const bars = [chartBar({ label: 'sqs: <b> & "quotes"' })];

    // Act
    const svg = ratioChartSvg('A & B <chart>', bars);

    // Assess
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('sqs: &lt;b&gt; &amp; &quot;quotes&quot;');
  });

  it('stays well-formed for a ratio of zero or less, as a warm run may measure', () => {
    // Prepare
    const bars = [chartBar({ value: -0.02 }), chartBar({ value: 0 })];

    // Act
    const svg = ratioChartSvg('Warm runs', bars);

    // Assess
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(bodyRects(svg).map((rect) => rect['@_fill'])).toEqual(['#2e7d32', '#2e7d32']);
  });
});
