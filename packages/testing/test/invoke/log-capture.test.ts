import { describe, expect, it } from 'vitest';
import { captureLogs } from '../../src/index.js';

describe('captureLogs', () => {
  it('puts the console and the streams back when the work throws', async () => {
    // Prepare
    const { log } = console;
    const { write } = process.stdout;
    const work = async () => {
      console.log('before the failure');
      throw new Error('handler bug');
    };

    // Act
    const captured = captureLogs(work);

    // Assess
    await expect(captured).rejects.toThrow('handler bug');
    expect(console.log).toBe(log);
    expect(process.stdout.write).toBe(write);
  });

  it('splits chunks written across several writes into lines', async () => {
    // Prepare
    const work = async () => {
      process.stdout.write('first ');
      process.stdout.write(Buffer.from('line\nsecond line\n'));
      return 42;
    };

    // Act
    const { result, lines } = await captureLogs(work);

    // Assess
    expect(result).toBe(42);
    expect(lines).toEqual([
      { stream: 'stdout', text: 'first line' },
      { stream: 'stdout', text: 'second line' },
    ]);
  });
});
