import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One source file of a function's code, parsed. */
export interface HandlerSource {
  path: string;
  /** The path relative to the package, with `/`: what messages show. */
  name: string;
  ast: ts.SourceFile;
}

// Only code is read: an import of JSON or CSS brings no SDK call.
const isCodeFile = (path: string): boolean =>
  /\.[mc]?[jt]sx?$/.test(path) && existsSync(path) && statSync(path).isFile();

/** The file a relative specifier names, as TypeScript's NodeNext resolution finds it (`./db.js` is `./db.ts`). */
export function resolveRelativeModule(fromFile: string, specifier: string): string | undefined {
  const target = resolve(dirname(fromFile), specifier);
  const withoutJs = target.replace(/\.([mc]?)js$/, '.$1ts');
  const candidates = [withoutJs, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`, target];
  return candidates.find(isCodeFile);
}

/** `./x` or `../x`: a file of the package rather than a package. */
export const isRelative = (specifier: string): boolean => specifier.startsWith('./') || specifier.startsWith('../');

/** `require('x')` or `import('x')`. */
export const isModuleCall = (node: ts.Node): node is ts.CallExpression =>
  ts.isCallExpression(node) &&
  (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
    (ts.isIdentifier(node.expression) && node.expression.text === 'require'));

/** The literal module of a `require('x')` / `import('x')` call, undefined when it is computed. */
export function moduleCallSpecifier(call: ts.CallExpression): string | undefined {
  const [first] = call.arguments;
  return first !== undefined && ts.isStringLiteralLike(first) ? first.text : undefined;
}

/** Every module a file loads code from: imports and re-exports with values, `import x = require()`, literal require()/import(). */
function loadedSpecifiers(ast: ts.SourceFile): string[] {
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier !== undefined) {
      if (ts.isStringLiteral(node.moduleSpecifier)) specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      specifiers.push(node.moduleReference.expression.text);
    } else if (isModuleCall(node)) {
      const specifier = moduleCallSpecifier(node);
      if (specifier !== undefined) specifiers.push(specifier);
    }
    ts.forEachChild(node, visit);
  };
  visit(ast);
  return specifiers;
}

async function parse(path: string, packageDirectory: string): Promise<HandlerSource> {
  const text = await readFile(path, 'utf8');
  const ast = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  return { path, name: relative(packageDirectory, path).split(sep).join('/'), ast };
}

/**
 * The entry file and every file of the package it reaches through relative imports (the code the bundle holds,
 * packages aside), in the order they are found. Files under node_modules are not followed.
 */
export async function handlerSources(packageDirectory: string, entry: string): Promise<HandlerSource[]> {
  const found = new Map<string, HandlerSource>();
  const pending = [resolve(packageDirectory, entry)];
  for (let path = pending.shift(); path !== undefined; path = pending.shift()) {
    if (found.has(path)) continue;
    const source = await parse(path, packageDirectory);
    found.set(path, source);
    for (const specifier of loadedSpecifiers(source.ast).filter(isRelative)) {
      const target = resolveRelativeModule(path, specifier);
      if (target !== undefined && !target.split(sep).includes('node_modules')) pending.push(target);
    }
  }
  return [...found.values()];
}
