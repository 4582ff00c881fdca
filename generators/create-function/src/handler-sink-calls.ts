import ts from 'typescript';
import type { BlueprintSource } from './answers.js';
import { BlueprintShapeError } from './errors.js';
import { addImportEdit, applyEdits, findNode, parseSource, type TextEdit } from './source-edits.js';

/** The file, relative to the package, whose record function the sink calls go into. */
export const HANDLER_FILE = 'src/handler.ts';

/** One sink call: `await <functionName>(record, payload)`, imported from `importPath`. */
export interface SinkCall {
  functionName: string;
  importPath: string;
}

/** What the runtime's batch handler gives the record function as the record's content, per source. */
const payloadField: Readonly<Record<BlueprintSource, string>> = {
  sqs: 'body',
  'sqs-fifo': 'body',
  kinesis: 'data',
  'dynamodb-streams': 'newImage',
};

type RecordFunction = ts.ArrowFunction | ts.FunctionExpression;

const isHandleRecord = (node: ts.Node): node is ts.PropertyAssignment =>
  ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'handleRecord';

/** How the record function names the record and its payload, and the edits that make it name both. */
function namesOf(fn: RecordFunction, field: string): { record: string; payload: string; edits: TextEdit[] } {
  const [parameter] = fn.parameters;
  if (parameter === undefined) {
    const position = fn.parameters.pos;
    return {
      record: 'record',
      payload: field,
      edits: [{ start: position, end: position, text: `{ ${field}, record }` }],
    };
  }
  if (ts.isIdentifier(parameter.name)) {
    const item = parameter.name.text;
    return { record: `${item}.record`, payload: `${item}.${field}`, edits: [] };
  }
  if (!ts.isObjectBindingPattern(parameter.name)) {
    throw new BlueprintShapeError(HANDLER_FILE, 'the record function takes an array pattern, not the batch item');
  }
  const pattern = parameter.name;
  const bound = (property: string): string | undefined => {
    const element = pattern.elements.find(
      (candidate) => (candidate.propertyName ?? candidate.name).getText() === property && !candidate.dotDotDotToken,
    );
    return element === undefined ? undefined : element.name.getText();
  };
  const missing = [field, 'record'].filter((property) => bound(property) === undefined);
  const rest = pattern.elements.find((element) => element.dotDotDotToken !== undefined);
  const position = rest?.getStart() ?? pattern.elements.end;
  const separator = pattern.elements.length === 0 || rest !== undefined ? '' : ', ';
  const added = missing.join(', ') + (rest === undefined ? '' : ', ');
  return {
    record: bound('record') ?? 'record',
    payload: bound(field) ?? field,
    edits: missing.length === 0 ? [] : [{ start: position, end: position, text: `${separator}${added}` }],
  };
}

/** Edits that end the record function's body with the sink calls (awaiting what it returned before). */
function bodyEdits(fn: RecordFunction, calls: string): TextEdit[] {
  const { body } = fn;
  if (!ts.isBlock(body)) {
    return [{ start: body.getStart(), end: body.getEnd(), text: `{\nawait ${body.getText()};\n${calls}\n}` }];
  }
  const last = body.statements.at(-1);
  const closing = body.getEnd() - 1;
  const append: TextEdit = { start: closing, end: closing, text: `${calls}\n` };
  if (last !== undefined && ts.isReturnStatement(last)) {
    const returned = last.expression === undefined ? '' : `await ${last.expression.getText()};\n`;
    return [{ start: last.getStart(), end: last.getEnd(), text: returned }, append];
  }
  return [append];
}

/**
 * src/handler.ts with each sink called at the end of the record function (`handleRecord`), after the blueprint's own
 * logic: `await writeToTable(record, body)`. The record function becomes async and names the record and its payload
 * (`{ body, record }`) when it did not; the calls are imported. The result is formatted afterwards.
 */
export function handlerWithSinkCalls(text: string, source: BlueprintSource, sinkCalls: readonly SinkCall[]): string {
  if (sinkCalls.length === 0) return text;
  const sourceFile = parseSource(HANDLER_FILE, text);
  const property = findNode(sourceFile, isHandleRecord);
  if (property === undefined) {
    throw new BlueprintShapeError(HANDLER_FILE, 'no `handleRecord` record function to call the sinks from');
  }
  const imports = sinkCalls.map((call) =>
    addImportEdit(sourceFile, `import { ${call.functionName} } from '${call.importPath}';`),
  );
  const fn = property.initializer;
  if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) {
    // A record function defined elsewhere (`handleRecord: auditOrderChange`): call it, then the sinks.
    const field = payloadField[source];
    const calls = sinkCalls.map((call) => `await ${call.functionName}(item.record, item.${field});`).join('\n');
    const wrapper = `async (item) => {\nawait ${fn.getText()}(item);\n${calls}\n}`;
    return applyEdits(text, [{ start: fn.getStart(), end: fn.getEnd(), text: wrapper }, ...imports]);
  }
  const names = namesOf(fn, payloadField[source]);
  const calls = sinkCalls.map((call) => `await ${call.functionName}(${names.record}, ${names.payload});`).join('\n');
  const isAsync = fn.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword) ?? false;
  const edits: TextEdit[] = [
    ...names.edits,
    ...bodyEdits(fn, calls),
    ...(isAsync ? [] : [{ start: fn.getStart(), end: fn.getStart(), text: 'async ' }]),
    ...imports,
  ];
  return applyEdits(text, edits);
}
