/** Where progress goes: a stream, and whether it is a terminal (a spinner) or not (one line when done). */
export interface ProgressOutput {
  write: (text: string) => void;
  isTTY: boolean;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** Runs `task` while showing `label` with a spinner (terminal) or a start and end line, and the seconds it took. */
export async function withProgress<T>(output: ProgressOutput, label: string, task: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const seconds = (): string => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  let frame = 0;
  const spin = (): void => {
    frame = (frame + 1) % FRAMES.length;
    output.write(`\r${FRAMES[frame]} ${label}`);
  };
  const timer = output.isTTY ? setInterval(spin, 80) : undefined;
  if (!output.isTTY) output.write(`${label}...\n`);
  try {
    const result = await task();
    output.write(`${output.isTTY ? '\r' : ''}✔ ${label} (${seconds()})\n`);
    return result;
  } catch (error) {
    output.write(`${output.isTTY ? '\r' : ''}✖ ${label} (${seconds()})\n`);
    throw error;
  } finally {
    clearInterval(timer);
  }
}
