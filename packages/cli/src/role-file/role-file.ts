import { getTemplate, type ResourceRef, type RoleEntry, type RoleSpec } from '@lambda-blueprints/role-templates';
import ts from 'typescript';
import { FunctionPackageShapeError } from '../errors.js';

/** The file, relative to a function package, that says its role: `export const role: RoleSpec = [ ... ]`. */
export const ROLE_FILE = 'infra/role.ts';

// Biome would join a short list onto one line; the role keeps one entry per line, so a change is a one-line diff.
const KEEP_LINES = '// biome-ignore format: one role entry per line, so adding or removing one is a one-line change';

const quoted = (text: string): string => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** A role entry as infra/role.ts writes it: `{ template: 'sqs-poll', on: 'source' }` (`on` may be a placeholder). */
export function roleEntrySource(entry: { template: string; on?: string }): string {
  const on = entry.on === undefined ? '' : `, on: ${quoted(entry.on)}`;
  return `{ template: ${quoted(entry.template)}${on} }`;
}

const isExported = (statement: ts.VariableStatement): boolean =>
  statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false;

/** The `export const role = [ ... ]` statement and its list (through `satisfies` or `as`). */
function roleList(text: string): { statement: ts.VariableStatement; list: ts.ArrayLiteralExpression } {
  const file = ts.createSourceFile(ROLE_FILE, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  for (const statement of file.statements.filter(ts.isVariableStatement).filter(isExported)) {
    const declaration = statement.declarationList.declarations.find(
      (candidate) => ts.isIdentifier(candidate.name) && candidate.name.text === 'role',
    );
    let list = declaration?.initializer;
    while (list !== undefined && (ts.isSatisfiesExpression(list) || ts.isAsExpression(list))) list = list.expression;
    if (list !== undefined && ts.isArrayLiteralExpression(list)) return { statement, list };
  }
  throw new FunctionPackageShapeError(ROLE_FILE, 'it has no `export const role: RoleSpec = [ ... ]` list');
}

function stringProperty(element: ts.ObjectLiteralExpression, name: string): string | undefined {
  for (const property of element.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    if (!(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) || property.name.text !== name) continue;
    return ts.isStringLiteralLike(property.initializer) ? property.initializer.text : undefined;
  }
  return undefined;
}

function entryOf(element: ts.Expression): RoleEntry {
  const template = ts.isObjectLiteralExpression(element) ? stringProperty(element, 'template') : undefined;
  if (!ts.isObjectLiteralExpression(element) || template === undefined) {
    throw new FunctionPackageShapeError(
      ROLE_FILE,
      `"${element.getText()}" is not a { template: '...', on: '...' } line`,
    );
  }
  const on = stringProperty(element, 'on') as ResourceRef | undefined;
  const id = getTemplate(template).id;
  return on === undefined ? { template: id } : { template: id, on };
}

/**
 * The role entries infra/role.ts lists, in order. Throws FunctionPackageShapeError when the file has no such list or
 * a line is not a literal entry, and UnknownTemplateError (listing the valid ids) for a template not in the catalog.
 */
export function readRoleEntries(text: string): RoleEntry[] {
  return roleList(text).list.elements.map(entryOf);
}

/** infra/role.ts listing `spec`, one entry per line; its comments and imports stay as they were. */
export function roleFileWith(text: string, spec: RoleSpec): string {
  const { statement, list } = roleList(text);
  const lines = spec.map((entry) => `  ${roleEntrySource(entry)},`).join('\n');
  const withList = `${text.slice(0, list.getStart())}[\n${lines}\n]${text.slice(list.getEnd())}`;
  if (text.includes(KEEP_LINES)) return withList;
  // The comment goes before the statement, which starts before the list: its offset is still valid.
  const start = statement.getStart();
  return `${withList.slice(0, start)}${KEEP_LINES}\n${withList.slice(start)}`;
}
