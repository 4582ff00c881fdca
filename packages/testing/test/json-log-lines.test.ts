import { describe, expect, it } from 'vitest';
import { captureJsonLines, type JsonLogLine } from '../src/index.js';

const writeLine = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

describe('captureJsonLines', () => {
  it('keeps the JSON lines written to stdout while the work runs, and returns its result', async () => {
    // Act
    const { result, lines } = await captureJsonLines(async () => {
      writeLine({ level: 'ERROR', itemIdentifier: 'a' });
      process.stdout.write(`${JSON.stringify({ n: 1 })}\n${JSON.stringify({ n: 2 })}\n`);
      return 'done';
    });

    // Assess
    expect(result).toBe('done');
    expect(lines).toEqual([{ level: 'ERROR', itemIdentifier: 'a' }, { n: 1 }, { n: 2 }]);
  });

  it('fails the write whose line onLine throws for, and does not keep that line', async () => {
    // Prepare
    const refuseTheSecond = (line: JsonLogLine) => {
      if (line.n === 2) throw new Error('sink down');
    };
    const writeEach = () =>
      [1, 2, 3].map((n) => {
        try {
          writeLine({ n });
          return 'written';
        } catch (error) {
          return (error as Error).message;
        }
      });

    // Act
    const { result, lines } = await captureJsonLines(writeEach, { onLine: refuseTheSecond });

    // Assess
    expect(result).toEqual(['written', 'sink down', 'written']);
    expect(lines).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it('gives stdout back when the work throws', async () => {
    // Prepare
    const original = process.stdout.write;

    // Act
    const failed = await captureJsonLines(() => Promise.reject(new Error('boom'))).catch((error: Error) => error);

    // Assess
    expect(failed).toBeInstanceOf(Error);
    expect(process.stdout.write).toBe(original);
  });
});
