import ts from 'typescript';
import { BlueprintShapeError } from './errors.js';
import {
  addImportEdit,
  applyEdits,
  exportedConstInitializer,
  type LiteralValue,
  literalSource,
  literalValue,
  parseSource,
  propertyOf,
  removePropertyEdit,
  setPropertyEdits,
  type TextEdit,
} from './source-edits.js';

/** The file, relative to the package, that holds the function's settings as `export const config = { ... }`. */
export const CONFIG_FILE = 'infra/config.ts';

/** One change to infra/config.ts: a dotted path into the config object (`source.batchSize`), set or removed. */
export type ConfigEdit = { path: string; value: LiteralValue } | { path: string; remove: true };

function configObject(sourceFile: ts.SourceFile): ts.ObjectLiteralExpression {
  const initializer = exportedConstInitializer(sourceFile, 'config');
  if (initializer === undefined || !ts.isObjectLiteralExpression(initializer)) {
    throw new BlueprintShapeError(CONFIG_FILE, 'it has no `export const config = { ... }` object');
  }
  return initializer;
}

/** The object literal holding the last segment of `path`, and that segment. */
function parentOf(root: ts.ObjectLiteralExpression, path: string): { object: ts.ObjectLiteralExpression; key: string } {
  const segments = path.split('.');
  const key = segments.pop() ?? path;
  let object = root;
  for (const segment of segments) {
    const initializer = propertyOf(object, segment)?.initializer;
    if (initializer === undefined || !ts.isObjectLiteralExpression(initializer)) {
      throw new BlueprintShapeError(CONFIG_FILE, `config.${path}: "${segment}" is not an object literal`);
    }
    object = initializer;
  }
  return { object, key };
}

/** The literal value at `path` of the config object; throws BlueprintShapeError when it is not there. */
export function readConfigValue(text: string, path: string): LiteralValue {
  const { object, key } = parentOf(configObject(parseSource(CONFIG_FILE, text)), path);
  const property = propertyOf(object, key);
  if (property === undefined) throw new BlueprintShapeError(CONFIG_FILE, `config.${path} is missing`);
  return literalValue(property.initializer);
}

/** True when the config object has a property at `path`. */
export function hasConfigValue(text: string, path: string): boolean {
  try {
    readConfigValue(text, path);
    return true;
  } catch {
    return false;
  }
}

/**
 * infra/config.ts with the edits applied and the import statements added (for values that call imported code);
 * every other line (comments, types, imports) stays as it was.
 */
export function editConfig(text: string, edits: readonly ConfigEdit[], imports: readonly string[] = []): string {
  const sourceFile = parseSource(CONFIG_FILE, text);
  const root = configObject(sourceFile);
  const textEdits = edits.flatMap((edit): TextEdit[] => {
    const { object, key } = parentOf(root, edit.path);
    if ('remove' in edit) {
      const property = propertyOf(object, key);
      return property === undefined ? [] : [removePropertyEdit(property)];
    }
    return setPropertyEdits(object, key, literalSource(edit.value));
  });
  return applyEdits(text, [...textEdits, ...imports.map((statement) => addImportEdit(sourceFile, statement))]);
}
