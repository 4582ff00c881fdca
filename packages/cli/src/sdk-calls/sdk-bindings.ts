import ts from 'typescript';
import { isSdkCommandModule } from '../sdk-command-actions.js';
import {
  type HandlerSource,
  isModuleCall,
  isRelative,
  moduleCallSpecifier,
  resolveRelativeModule,
} from './handler-sources.js';

/** What a local name of the handler code stands for: a named export of an SDK module, or the module itself. */
export type SdkBinding = { kind: 'member'; module: string; name: string } | { kind: 'namespace'; module: string };

/** The SDK names one file can use. */
export interface SdkBindings {
  /** Value bindings by local name (`Put` for `import { PutItemCommand as Put }`). */
  values: ReadonlyMap<string, SdkBinding>;
  /** Type-only bindings (`import type { PutItemCommand }`): they type parameters of send helpers. */
  types: ReadonlyMap<string, SdkBinding>;
  /** The file names an SDK module (types included): its `.send(...)` calls are SDK sends. */
  mentionsSdk: boolean;
  /** The require()/import() calls and namespace references a destructuring turned into bindings. */
  consumed: ReadonlySet<ts.Node>;
}

/** Strips what does not change the value: parentheses, `await`, `as`, `!`, `satisfies`. */
export function unwrapExpression(node: ts.Expression): ts.Expression {
  if (
    ts.isParenthesizedExpression(node) ||
    ts.isAwaitExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isSatisfiesExpression(node)
  ) {
    return unwrapExpression(node.expression);
  }
  return node;
}

/** `{ A, B: C }` without rest elements or nested patterns: each element as [imported name, local name]. */
function plainDestructuring(pattern: ts.BindingName): [string, string][] | undefined {
  if (!ts.isObjectBindingPattern(pattern)) return undefined;
  const pairs: [string, string][] = [];
  for (const element of pattern.elements) {
    if (element.dotDotDotToken !== undefined || !ts.isIdentifier(element.name)) return undefined;
    const property = element.propertyName;
    if (property !== undefined && !ts.isIdentifier(property) && !ts.isStringLiteral(property)) return undefined;
    pairs.push([property?.text ?? element.name.text, element.name.text]);
  }
  return pairs;
}

/**
 * The SDK bindings of each handler file, following named imports and re-exports between the package's own files
 * (`export { PutItemCommand } from '@aws-sdk/client-dynamodb'` in one file, imported by name in another).
 */
export class SdkBindingIndex {
  private readonly sources: ReadonlyMap<string, HandlerSource>;
  private readonly bindings = new Map<string, SdkBindings>();
  private readonly exports = new Map<string, ReadonlyMap<string, SdkBinding>>();
  private readonly exporting = new Set<string>();

  constructor(sources: readonly HandlerSource[]) {
    this.sources = new Map(sources.map((source) => [source.path, source]));
  }

  bindingsOf(source: HandlerSource): SdkBindings {
    let found = this.bindings.get(source.path);
    if (found === undefined) {
      found = this.collect(source);
      this.bindings.set(source.path, found);
    }
    return found;
  }

  private exportsFrom(fromPath: string, specifier: string): ReadonlyMap<string, SdkBinding> {
    const target = resolveRelativeModule(fromPath, specifier);
    const source = target === undefined ? undefined : this.sources.get(target);
    return source === undefined ? new Map() : this.exportsOf(source);
  }

  private imported(fromPath: string, specifier: string, name: string): SdkBinding | undefined {
    if (isSdkCommandModule(specifier)) return { kind: 'member', module: specifier, name };
    return isRelative(specifier) ? this.exportsFrom(fromPath, specifier).get(name) : undefined;
  }

  /** The SDK bindings a file exports under their exported names. */
  private exportsOf(source: HandlerSource): ReadonlyMap<string, SdkBinding> {
    const cached = this.exports.get(source.path);
    if (cached !== undefined) return cached;
    // An import cycle: the file being read exports nothing more from this side of the cycle.
    if (this.exporting.has(source.path)) return new Map();
    this.exporting.add(source.path);
    const exported = new Map<string, SdkBinding>();
    const local = this.bindingsOf(source).values;
    for (const statement of source.ast.statements) {
      if (!ts.isExportDeclaration(statement) || statement.isTypeOnly) continue;
      const from =
        statement.moduleSpecifier !== undefined && ts.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : undefined;
      const clause = statement.exportClause;
      if (clause === undefined) {
        if (from !== undefined && isRelative(from)) {
          for (const [name, binding] of this.exportsFrom(source.path, from)) exported.set(name, binding);
        }
      } else if (ts.isNamespaceExport(clause)) {
        if (from !== undefined && isSdkCommandModule(from)) {
          exported.set(clause.name.text, { kind: 'namespace', module: from });
        }
      } else {
        for (const element of clause.elements) {
          if (element.isTypeOnly) continue;
          const name = (element.propertyName ?? element.name).text;
          const binding = from === undefined ? local.get(name) : this.imported(source.path, from, name);
          if (binding !== undefined) exported.set(element.name.text, binding);
        }
      }
    }
    this.exporting.delete(source.path);
    this.exports.set(source.path, exported);
    return exported;
  }

  private collect(source: HandlerSource): SdkBindings {
    const values = new Map<string, SdkBinding>();
    const types = new Map<string, SdkBinding>();
    const consumed = new Set<ts.Node>();
    let mentionsSdk = false;

    for (const statement of source.ast.statements) {
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const specifier = statement.moduleSpecifier.text;
        const sdk = isSdkCommandModule(specifier);
        mentionsSdk ||= sdk;
        const clause = statement.importClause;
        if (clause === undefined) continue;
        const target = (typeOnly: boolean) => (typeOnly ? types : values);
        // A default import of a CommonJS module is the module object.
        if (clause.name !== undefined && sdk) {
          target(clause.isTypeOnly).set(clause.name.text, { kind: 'namespace', module: specifier });
        }
        const named = clause.namedBindings;
        if (named !== undefined && ts.isNamespaceImport(named) && sdk) {
          target(clause.isTypeOnly).set(named.name.text, { kind: 'namespace', module: specifier });
        } else if (named !== undefined && ts.isNamedImports(named)) {
          for (const element of named.elements) {
            const binding = this.imported(source.path, specifier, (element.propertyName ?? element.name).text);
            if (binding !== undefined) target(clause.isTypeOnly || element.isTypeOnly).set(element.name.text, binding);
          }
        }
      } else if (
        ts.isImportEqualsDeclaration(statement) &&
        ts.isExternalModuleReference(statement.moduleReference) &&
        ts.isStringLiteral(statement.moduleReference.expression) &&
        isSdkCommandModule(statement.moduleReference.expression.text)
      ) {
        mentionsSdk = true;
        values.set(statement.name.text, { kind: 'namespace', module: statement.moduleReference.expression.text });
      }
    }

    // `const sdk = await import('@aws-sdk/client-x')`, `const { PutItemCommand } = require(...)`, `const { X } = sdk`.
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && node.initializer !== undefined) {
        const initializer = unwrapExpression(node.initializer);
        const specifier = isModuleCall(initializer) ? moduleCallSpecifier(initializer) : undefined;
        const aliased = ts.isIdentifier(initializer) ? values.get(initializer.text) : undefined;
        const namespace =
          specifier !== undefined && isSdkCommandModule(specifier)
            ? specifier
            : aliased?.kind === 'namespace'
              ? aliased.module
              : undefined;
        if (namespace !== undefined) {
          mentionsSdk = true;
          const pairs = plainDestructuring(node.name);
          if (ts.isIdentifier(node.name)) {
            values.set(node.name.text, { kind: 'namespace', module: namespace });
            consumed.add(initializer);
          } else if (pairs !== undefined) {
            for (const [name, local] of pairs) values.set(local, { kind: 'member', module: namespace, name });
            consumed.add(initializer);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source.ast);
    return { values, types, mentionsSdk, consumed };
  }
}
