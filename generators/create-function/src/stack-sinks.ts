import ts from 'typescript';
import { BlueprintShapeError } from './errors.js';
import { addImportEdit, applyEdits, findNode, parseSource, propertyOf, setPropertyEdits } from './source-edits.js';

/** The file, relative to the package, that builds the stack. */
export const STACK_FILE = 'infra/stack.ts';

/** A sink target the stack creates: `<functionName>(this)` from `importPath`. */
export interface NewSinkTarget {
  functionName: string;
  importPath: string;
}

const isBlueprintFunction = (node: ts.Node): node is ts.NewExpression =>
  ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'BlueprintFunction';

/**
 * infra/stack.ts with the new sink targets created and added to the BlueprintFunction's `sinks` (after those of
 * infra/config.ts): `sinks: [...this.config.sinks, newTableSink(this)]`.
 */
export function stackWithNewSinks(text: string, targets: readonly NewSinkTarget[]): string {
  if (targets.length === 0) return text;
  const sourceFile = parseSource(STACK_FILE, text);
  const props = findNode(sourceFile, isBlueprintFunction)?.arguments?.[2];
  if (props === undefined || !ts.isObjectLiteralExpression(props)) {
    throw new BlueprintShapeError(STACK_FILE, 'no `new BlueprintFunction(this, id, { ... })` with its props inline');
  }
  const existing = propertyOf(props, 'sinks')?.initializer.getText();
  const created = targets.map((target) => `${target.functionName}(this)`);
  const sinks = `[${[...(existing === undefined ? [] : [`...${existing}`]), ...created].join(', ')}]`;
  return applyEdits(text, [
    ...setPropertyEdits(props, 'sinks', sinks),
    ...targets.map((target) =>
      addImportEdit(sourceFile, `import { ${target.functionName} } from '${target.importPath}';`),
    ),
  ]);
}
