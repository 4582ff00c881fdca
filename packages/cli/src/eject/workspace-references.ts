import { posix } from 'node:path';
import { SOURCE_CONDITION } from './standalone-command.js';

/** A file of an ejected project and what in it points into the workspace it came from. */
export interface WorkspaceReference {
  /** The file, relative to the project. */
  file: string;
  reference: string;
}

/** A project file as eject writes it. */
export interface ProjectFile {
  /** Relative to the project, with `/` separators. */
  path: string;
  content: string | Uint8Array;
}

const codeFile = /\.(?:[cm]?[jt]sx?)$/;
// from '...', import('...'), import '...', require('...'), new URL('...', import.meta.url); template literals up to `${`.
const codeSpecifier =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*|\bnew URL\(\s*)['"`](\.\.?\/[^'"`$]*)/g;
const markdownLink = /\]\((\.\.?\/[^)\s#]*)/g;
const localProtocol = /^(?:workspace|link|file|catalog):/;
const dependencyFields = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

const matches = (pattern: RegExp, text: string): string[] => [...text.matchAll(pattern)].map((match) => match[1] ?? '');

/** Whether `relativePath`, named in the project file `path`, resolves outside the project. */
function leavesProject(path: string, relativePath: string): boolean {
  const resolved = posix.normalize(posix.join(posix.dirname(path), relativePath));
  return resolved === '..' || resolved.startsWith('../');
}

/** Every string in a JSON document, deep. */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** The relative paths a file names: module specifiers in code, path words in JSON (commands, tsconfig), Markdown links. */
function relativePaths(path: string, text: string): string[] {
  if (codeFile.test(path)) return matches(codeSpecifier, text);
  if (path.endsWith('.md')) return matches(markdownLink, text);
  if (!path.endsWith('.json')) return [];
  try {
    return jsonStrings(JSON.parse(text))
      .flatMap((value) => value.split(/[\s=]+/))
      .filter((word) => word.startsWith('./') || word.startsWith('../'));
  } catch {
    // Not JSON after all (e.g. JSON with comments): it names no command or module.
    return [];
  }
}

/** package.json dependencies that only a workspace can resolve (workspace:, link:, file:, catalog:). */
function localDependencies(text: string): string[] {
  const manifest = JSON.parse(text) as Record<string, Record<string, string> | undefined>;
  return dependencyFields.flatMap((field) =>
    Object.entries(manifest[field] ?? {})
      .filter(([, specifier]) => localProtocol.test(specifier))
      .map(([dependency, specifier]) => `${field}.${dependency}: ${specifier}`),
  );
}

/**
 * What in the files of an ejected project still points into the workspace: relative paths that leave the project,
 * the workspace's source condition, dependencies only a workspace resolves, scripts run at the workspace root.
 */
export function workspaceReferences(files: readonly ProjectFile[]): WorkspaceReference[] {
  return files.flatMap(({ path, content }) => {
    if (typeof content !== 'string') return [];
    const leaving = relativePaths(path, content)
      .filter((relativePath) => leavesProject(path, relativePath))
      .map((relativePath) => `${relativePath} (outside the project)`);
    const found = [...new Set(leaving)];
    if (content.includes(SOURCE_CONDITION)) found.push(`${SOURCE_CONDITION} (the workspace's source condition)`);
    if (path === 'package.json') {
      found.push(...localDependencies(content));
      if (/\bpnpm (?:-w|--workspace-root)\b/.test(content)) found.push('pnpm -w (a script of the workspace root)');
    }
    return found.map((reference) => ({ file: path, reference }));
  });
}
