import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { EjectTargetNotEmptyError } from '../errors.js';
import type { EjectPlan } from './eject-plan.js';

/** Throws unless `target` is missing or an empty folder: eject never overwrites. */
export async function ensureEmptyTarget(target: string): Promise<void> {
  const entries = await readdir(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    // A file in the way, or a folder that cannot be read: either way nothing may be written there.
    throw new EjectTargetNotEmptyError(target);
  });
  if (entries.length > 0) throw new EjectTargetNotEmptyError(target);
}

/** Writes the planned project into its target folder, which must be missing or empty. */
export async function writeEjectPlan(plan: EjectPlan): Promise<void> {
  await ensureEmptyTarget(plan.target);
  for (const file of plan.files) {
    const path = join(plan.target, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
}
