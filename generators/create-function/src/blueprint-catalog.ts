import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTemplate, parseEventSource, type TemplateId } from '@lambda-blueprints/role-templates';
import type { BlueprintSource } from './answers.js';
import { BlueprintShapeError } from './errors.js';

/** One blueprint as its package manifest describes it (package.json "blueprint": source, description, templates). */
export interface BlueprintInfo {
  /** The folder under blueprints/, which is also the `--blueprint` value. */
  folder: string;
  /** Absolute path of the blueprint's folder. */
  directory: string;
  packageName: string;
  version: string;
  source: BlueprintSource;
  /** One line, shown next to the choice. */
  description: string;
  /** The templates of its infra/role.ts, in order. */
  templates: TemplateId[];
}

interface BlueprintManifest {
  name?: unknown;
  version?: unknown;
  blueprint?: { source?: unknown; description?: unknown; templates?: unknown };
}

function blueprintOf(folder: string, directory: string, manifest: BlueprintManifest): BlueprintInfo {
  const file = join(directory, 'package.json');
  const field = manifest.blueprint;
  if (typeof manifest.name !== 'string' || typeof manifest.version !== 'string') {
    throw new BlueprintShapeError(file, 'the manifest has no name or version');
  }
  if (typeof field?.description !== 'string' || !Array.isArray(field.templates)) {
    throw new BlueprintShapeError(file, 'the "blueprint" field needs a description and a templates list');
  }
  const source = parseEventSource(String(field.source));
  if (source === 'msk') throw new BlueprintShapeError(file, 'no blueprint reads MSK: the generator cannot scaffold it');
  return {
    folder,
    directory,
    packageName: manifest.name,
    version: manifest.version,
    source,
    description: field.description,
    templates: field.templates.map((id) => getTemplate(String(id)).id),
  };
}

/**
 * Every blueprint of the workspace, read from the manifests of blueprints/* (the packages with a "blueprint" field),
 * sorted by folder: the one list the generator offers.
 */
export function readBlueprints(workspaceRoot: string): BlueprintInfo[] {
  const root = join(workspaceRoot, 'blueprints');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'package.json')))
    .map((entry) => {
      const directory = join(root, entry.name);
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as BlueprintManifest;
      return manifest.blueprint === undefined ? undefined : blueprintOf(entry.name, directory, manifest);
    })
    .filter((blueprint) => blueprint !== undefined)
    .sort((a, b) => a.folder.localeCompare(b.folder));
}
