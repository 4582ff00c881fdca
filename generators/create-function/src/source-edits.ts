import ts from 'typescript';

/** Replace [start, end) of a file's text with `text` (an insertion when start === end). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Parses TypeScript source for reading and editing (no type checking: the function's own typecheck does that). */
export function parseSource(fileName: string, text: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** Applies non-overlapping edits, last first, so that earlier offsets stay valid; identical edits count once. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const unique = new Map(edits.map((edit) => [`${edit.start}:${edit.end}:${edit.text}`, edit]));
  return [...unique.values()]
    .sort((a, b) => b.start - a.start)
    .reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}

/** Code placed in a file as it is (a call, an identifier), not as a literal. */
export class SourceExpression {
  constructor(readonly text: string) {}
}

/** A value the generator can write as a TypeScript literal. */
export type LiteralValue =
  | string
  | number
  | boolean
  | undefined
  | SourceExpression
  | readonly LiteralValue[]
  | { readonly [key: string]: LiteralValue };

const quoted = (text: string): string => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const propertyName = (key: string): string => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : quoted(key));

/** The TypeScript source of a value: single-quoted strings, as Biome formats them. */
export function literalSource(value: LiteralValue): string {
  if (value instanceof SourceExpression) return value.text;
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((item: LiteralValue) => literalSource(item)).join(', ')}]`;
  const entries = Object.entries(value as { readonly [key: string]: LiteralValue });
  return `{ ${entries.map(([key, item]) => `${propertyName(key)}: ${literalSource(item)}`).join(', ')} }`;
}

/** The value of a literal expression (number, string, boolean, undefined), or the expression's text otherwise. */
export function literalValue(node: ts.Expression): LiteralValue {
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isStringLiteralLike(node)) return node.text;
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isIdentifier(node) && node.text === 'undefined') return undefined;
  if (
    ts.isPrefixUnaryExpression(node) &&
    node.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(node.operand)
  ) {
    return -Number(node.operand.text);
  }
  return new SourceExpression(node.getText());
}

/** The property `name` of an object literal, if it is a plain `name: value` assignment. */
export function propertyOf(object: ts.ObjectLiteralExpression, name: string): ts.PropertyAssignment | undefined {
  return object.properties.find(
    (property): property is ts.PropertyAssignment =>
      ts.isPropertyAssignment(property) &&
      (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) &&
      property.name.text === name,
  );
}

/**
 * Sets `name` on an object literal: replaces its value, or adds the property before the closing brace (with a comma
 * after the last property when it has none; identical edits are applied once, so several additions can share it).
 */
export function setPropertyEdits(object: ts.ObjectLiteralExpression, name: string, valueSource: string): TextEdit[] {
  const existing = propertyOf(object, name);
  if (existing !== undefined) {
    return [{ start: existing.initializer.getStart(), end: existing.initializer.getEnd(), text: valueSource }];
  }
  const last = object.properties.at(-1);
  const position = object.getEnd() - 1;
  const addition = { start: position, end: position, text: `\n${propertyName(name)}: ${valueSource},\n` };
  if (last === undefined || object.properties.hasTrailingComma) return [addition];
  return [{ start: last.getEnd(), end: last.getEnd(), text: ',' }, addition];
}

/** Removes a property with its leading comments and its trailing comma. */
export function removePropertyEdit(property: ts.ObjectLiteralElementLike): TextEdit {
  const text = property.getSourceFile().getFullText();
  let end = property.getEnd();
  const afterComma = /^\s*,/.exec(text.slice(end));
  if (afterComma !== null) end += afterComma[0].length;
  return { start: property.getFullStart(), end, text: '' };
}

/** Adds an import statement after the file's last import (imports are sorted by Biome afterwards). */
export function addImportEdit(sourceFile: ts.SourceFile, statement: string): TextEdit {
  const lastImport = sourceFile.statements.filter(ts.isImportDeclaration).at(-1);
  const position = lastImport?.getEnd() ?? 0;
  return { start: position, end: position, text: `${lastImport === undefined ? '' : '\n'}${statement}\n` };
}

/** The first node in the file (depth first) for which `match` holds. */
export function findNode<T extends ts.Node>(root: ts.Node, match: (node: ts.Node) => node is T): T | undefined {
  let found: T | undefined;
  const visit = (node: ts.Node): void => {
    if (found !== undefined) return;
    if (match(node)) found = node;
    else ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

/** The object literal of `export const <name> = { ... }` (optionally typed or `satisfies`-checked). */
export function exportedConstInitializer(sourceFile: ts.SourceFile, name: string): ts.Expression | undefined {
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) {
        let initializer: ts.Expression = declaration.initializer;
        while (ts.isSatisfiesExpression(initializer) || ts.isAsExpression(initializer)) {
          initializer = initializer.expression;
        }
        return initializer;
      }
    }
  }
  return undefined;
}
