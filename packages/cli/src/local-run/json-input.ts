import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { JsonInputError, UsageError } from '../errors.js';
import { invocationDirectory } from '../invocation-directory.js';

/** Parses `text` as JSON; `input` names where it came from (`--body`, `--event orders.json`) in the error. */
export function parseJson(text: string, input: string, advice = 'Fix it so that it holds one JSON value.'): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new JsonInputError(input, `is not valid JSON (${detail})`, advice);
  }
}

/** Reads and parses a JSON file, relative to the directory the user ran the command in. */
export async function readJsonFile(file: string, input: string): Promise<unknown> {
  const text = await readFile(resolve(invocationDirectory(), file), 'utf8').catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new JsonInputError(
      input,
      `cannot be read (${code})`,
      `Pass a readable JSON file; a relative path starts at ${invocationDirectory()}.`,
    );
  });
  return parseJson(text, input);
}

/** Reads a stream (standard input) to its end and parses it as JSON. */
export async function readJsonStream(stream: Readable, input: string): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return parseJson(Buffer.concat(chunks).toString('utf8'), input);
}

/** The record payload given by `--body <json>` or `--body-file <file>`; undefined when neither is given. */
export async function bodyFromFlags(
  command: string,
  values: { body?: string | undefined; 'body-file'?: string | undefined },
): Promise<unknown> {
  const { body, 'body-file': bodyFile } = values;
  if (body !== undefined && bodyFile !== undefined) {
    throw new UsageError(
      `--body and --body-file both give the payload: pass one of them. Run \`blueprints ${command} --help\`.`,
    );
  }
  if (body !== undefined) return parseJson(body, '--body', 'Quote one JSON value for the shell: --body \'{"id":1}\'.');
  return bodyFile === undefined ? undefined : readJsonFile(bodyFile, `--body-file ${bodyFile}`);
}
