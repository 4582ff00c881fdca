import { getTemplate, type ResourceRef, type RoleEntry, type RoleSpec } from '@lambda-blueprints/role-templates';
import ts from 'typescript';
import { BlueprintShapeError } from './errors.js';
import {
  applyEdits,
  exportedConstInitializer,
  findNode,
  literalSource,
  parseSource,
  propertyOf,
  type TextEdit,
} from './source-edits.js';

/** The file, relative to the package, that says the function's role: `export const role: RoleSpec = [ ... ]`. */
export const ROLE_FILE = 'infra/role.ts';

function roleArray(text: string): ts.ArrayLiteralExpression {
  const initializer = exportedConstInitializer(parseSource(ROLE_FILE, text), 'role');
  if (initializer === undefined || !ts.isArrayLiteralExpression(initializer)) {
    throw new BlueprintShapeError(ROLE_FILE, 'it has no `export const role: RoleSpec = [ ... ]` list');
  }
  return initializer;
}

function entryOf(element: ts.Expression): RoleEntry {
  const property = (name: string): string | undefined => {
    const initializer = ts.isObjectLiteralExpression(element) ? propertyOf(element, name)?.initializer : undefined;
    return initializer !== undefined && ts.isStringLiteralLike(initializer) ? initializer.text : undefined;
  };
  const template = property('template');
  if (template === undefined) {
    throw new BlueprintShapeError(ROLE_FILE, `"${element.getText()}" is not a { template: '...', on: '...' } line`);
  }
  const on = property('on') as ResourceRef | undefined;
  const id = getTemplate(template).id;
  return on === undefined ? { template: id } : { template: id, on };
}

/** The role entries infra/role.ts lists, in order. */
export function readRoleEntries(text: string): RoleEntry[] {
  return roleArray(text).elements.map(entryOf);
}

// Biome would join a short list onto one line; the role keeps one entry per line, so a change is a one-line diff.
const KEEP_LINES = '// biome-ignore format: one role entry per line, so adding or removing one is a one-line change';

/** infra/role.ts listing `spec`, one entry per line; its comments and imports stay as they were. */
export function roleFileWith(text: string, spec: RoleSpec): string {
  const array = roleArray(text);
  const lines = spec.map(
    (entry) =>
      `  ${literalSource(entry.on === undefined ? { template: entry.template } : { template: entry.template, on: entry.on })},`,
  );
  const edits: TextEdit[] = [{ start: array.getStart(), end: array.getEnd(), text: `[\n${lines.join('\n')}\n]` }];
  const statement = findNode(array.getSourceFile(), ts.isVariableStatement);
  if (statement !== undefined && !text.includes(KEEP_LINES)) {
    edits.push({ start: statement.getStart(), end: statement.getStart(), text: `${KEEP_LINES}\n` });
  }
  return applyEdits(text, edits);
}
