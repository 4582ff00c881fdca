import ts from 'typescript';
import { documentClientModule, isSdkCommandModule } from '../sdk-command-actions.js';
import { type HandlerSource, isModuleCall, moduleCallSpecifier } from './handler-sources.js';
import { type SdkBindingIndex, type SdkBindings, unwrapExpression } from './sdk-bindings.js';

/** A place in the handler code that can send an SDK command. */
export interface SdkCommandUse {
  /** `@aws-sdk/client-dynamodb`, `@aws-sdk/lib-dynamodb`, ... */
  module: string;
  /** The command class (`PutItemCommand`), also when a paginator or an aggregated client's method sends it. */
  command: string;
  file: string;
  line: number;
  /** How the code sends it when not through the command class (`paginateQuery`, `db.putItem()`). */
  via?: string;
}

/** A place where the code may send a command that static analysis cannot name. */
export interface UnresolvedSdkUse {
  file: string;
  line: number;
  /** The code there, on one line. */
  code: string;
  reason: string;
}

export interface SdkCallSites {
  commands: SdkCommandUse[];
  unresolved: UnresolvedSdkUse[];
}

/** A named export of an SDK module. */
interface SdkMember {
  module: string;
  name: string;
}

type MemberRole = 'command' | 'paginator' | 'waiter' | 'aggregated-client' | 'other';

function memberRole(module: string, name: string): MemberRole {
  if (name.endsWith('Command')) return 'command';
  if (name.startsWith('paginate')) return 'paginator';
  if (name.startsWith('waitUntil') || name.startsWith('waitFor')) return 'waiter';
  if (module === documentClientModule) return name === 'DynamoDBDocument' ? 'aggregated-client' : 'other';
  // A client package's aggregated client (`DynamoDB`, `S3`) has no suffix; enums share the shape but are never
  // constructed, and only a construction counts as a client.
  return /^[A-Z]/.test(name) && !/(Client|Exception)$/.test(name) ? 'aggregated-client' : 'other';
}

// Members of a client object that send nothing themselves (`send` is checked where it is called).
const nonSendingMembers = new Set(['send', 'destroy', 'config', 'middlewareStack']);

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const declaresName = (node: ts.Node, name: string): boolean =>
  (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node)) &&
  node.name !== undefined &&
  ts.isIdentifier(node.name) &&
  node.name.text === name;

/** False for names that declare, label or name a property rather than refer to a binding. */
function isValueReference(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.name !== identifier;
  if (ts.isBindingElement(parent)) return parent.name !== identifier && parent.propertyName !== identifier;
  if (
    ts.isPropertyAssignment(parent) ||
    ts.isPropertyDeclaration(parent) ||
    ts.isMethodDeclaration(parent) ||
    ts.isPropertySignature(parent) ||
    ts.isGetAccessor(parent) ||
    ts.isSetAccessor(parent) ||
    ts.isEnumMember(parent) ||
    ts.isVariableDeclaration(parent) ||
    ts.isParameter(parent) ||
    ts.isFunctionDeclaration(parent) ||
    ts.isClassDeclaration(parent)
  ) {
    return parent.name !== identifier;
  }
  return !(ts.isQualifiedName(parent) || ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent));
}

/** Finds the SDK commands one handler file can send, and the places where it sends something it cannot name. */
class FileScan {
  readonly commands: SdkCommandUse[] = [];
  readonly unresolved: UnresolvedSdkUse[] = [];

  constructor(
    private readonly source: HandlerSource,
    private readonly bindings: SdkBindings,
  ) {}

  run(): void {
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isImportEqualsDeclaration(node)) return;
      if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return;
      if (ts.isExportDeclaration(node)) {
        this.exportDeclaration(node);
        return;
      }
      if (isModuleCall(node)) this.moduleCall(node);
      if (ts.isCallExpression(node) && this.bindings.mentionsSdk) this.sendCall(node);
      if (ts.isIdentifier(node)) this.identifier(node);
      ts.forEachChild(node, visit);
    };
    visit(this.source.ast);
  }

  private line(node: ts.Node): number {
    return this.source.ast.getLineAndCharacterOfPosition(node.getStart(this.source.ast)).line + 1;
  }

  private code(node: ts.Node): string {
    const text = node.getText(this.source.ast).replace(/\s+/g, ' ');
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  }

  private unresolvable(node: ts.Node, reason: string): void {
    this.unresolved.push({ file: this.source.name, line: this.line(node), code: this.code(node), reason });
  }

  private use(node: ts.Node, module: string, command: string, via?: string): void {
    const use: SdkCommandUse = { module, command, file: this.source.name, line: this.line(node) };
    this.commands.push(via === undefined ? use : { ...use, via });
  }

  private identifier(node: ts.Identifier): void {
    const binding = this.bindings.values.get(node.text);
    if (binding === undefined || !isValueReference(node) || this.bindings.consumed.has(node)) return;
    if (binding.kind === 'member') {
      this.member(binding.module, binding.name, node);
      return;
    }
    const parent = node.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === node) {
      this.member(binding.module, parent.name.text, parent);
    } else if (ts.isElementAccessExpression(parent) && parent.expression === node) {
      const key = parent.argumentExpression;
      if (ts.isStringLiteralLike(key)) this.member(binding.module, key.text, parent);
      else this.unresolvable(parent, `picks a member of ${binding.module} by a name computed at run time`);
    } else {
      this.unresolvable(node, `uses ${binding.module} as a whole: the commands taken from it cannot be listed`);
    }
  }

  private member(module: string, name: string, reference: ts.Node): void {
    const role = memberRole(module, name);
    if (role === 'command') this.use(reference, module, name);
    else if (role === 'paginator') this.use(reference, module, `${name.slice('paginate'.length)}Command`, name);
    else if (role === 'waiter') this.unresolvable(reference, `${name} polls describe actions that cannot be listed`);
    else if (role === 'aggregated-client') this.aggregatedClient(module, name, reference);
  }

  /** `new DynamoDB()` or `DynamoDBDocument.from(client)`: the methods called on the instance are commands. */
  private aggregatedClient(module: string, name: string, reference: ts.Node): void {
    const parent = reference.parent;
    if (ts.isNewExpression(parent) && parent.expression === reference) {
      this.clientInstance(module, name, parent);
    } else if (
      ts.isPropertyAccessExpression(parent) &&
      parent.name.text === 'from' &&
      ts.isCallExpression(parent.parent) &&
      parent.parent.expression === parent
    ) {
      this.clientInstance(module, name, parent.parent);
    }
  }

  private clientInstance(module: string, className: string, instance: ts.Expression): void {
    const methodCall = (access: ts.PropertyAccessExpression): void => {
      const method = access.name.text;
      if (!nonSendingMembers.has(method))
        this.use(access, module, `${upperFirst(method)}Command`, `${this.code(access)}()`);
    };
    const parent = instance.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === instance) {
      methodCall(parent);
    } else if (ts.isVariableDeclaration(parent) && parent.initializer === instance && ts.isIdentifier(parent.name)) {
      const variable = parent.name.text;
      for (const reference of this.referencesTo(variable)) {
        const use = reference.parent;
        if (ts.isPropertyAccessExpression(use) && use.expression === reference) methodCall(use);
        else if (!this.isPassedToSdk(reference))
          this.unresolvable(
            reference,
            `passes the ${className} client on: the calls made on it there cannot be listed`,
          );
      }
    } else {
      this.unresolvable(instance, `keeps a ${className} client where its method calls cannot be followed`);
    }
  }

  /**
   * Whether a client is an argument of an SDK call (`DynamoDBDocument.from(client)`, `paginateScan({ client })`):
   * the SDK sends through it only what the analysis already counts there.
   */
  private isPassedToSdk(reference: ts.Node): boolean {
    for (let node = reference.parent; !ts.isStatement(node) && !ts.isFunctionLike(node); node = node.parent) {
      if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) continue;
      const callee = unwrapExpression(node.expression);
      const target = ts.isPropertyAccessExpression(callee) && callee.name.text === 'from' ? callee.expression : callee;
      const root = ts.isPropertyAccessExpression(target) ? target.expression : target;
      if (ts.isIdentifier(root) && this.bindings.values.has(root.text)) return true;
    }
    return false;
  }

  private referencesTo(name: string): ts.Identifier[] {
    const found: ts.Identifier[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === name && isValueReference(node)) found.push(node);
      ts.forEachChild(node, visit);
    };
    visit(this.source.ast);
    return found;
  }

  private moduleCall(call: ts.CallExpression): void {
    if (this.bindings.consumed.has(call)) return;
    const specifier = moduleCallSpecifier(call);
    if (specifier === undefined) {
      this.unresolvable(
        call,
        'loads a module whose name is computed at run time: the commands it sends cannot be listed',
      );
    } else if (isSdkCommandModule(specifier)) {
      this.unresolvable(call, `loads ${specifier} as a whole: the commands taken from it cannot be listed`);
    }
  }

  private exportDeclaration(node: ts.ExportDeclaration): void {
    if (node.isTypeOnly) return;
    const from =
      node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : '';
    const clause = node.exportClause;
    if (isSdkCommandModule(from) && (clause === undefined || ts.isNamespaceExport(clause))) {
      this.unresolvable(node, `re-exports ${from} as a whole: the commands taken from it cannot be listed`);
      return;
    }
    if (clause === undefined || ts.isNamespaceExport(clause)) return;
    // A re-exported command can be sent by whoever imports it: it counts where it is re-exported.
    for (const element of clause.elements) {
      if (element.isTypeOnly) continue;
      const name = (element.propertyName ?? element.name).text;
      const binding = isSdkCommandModule(from)
        ? { kind: 'member' as const, module: from, name }
        : from === ''
          ? this.bindings.values.get(name)
          : undefined;
      if (binding?.kind === 'member') this.member(binding.module, binding.name, element);
      else if (binding?.kind === 'namespace') {
        this.unresolvable(
          element,
          `re-exports ${binding.module} as a whole: the commands taken from it cannot be listed`,
        );
      }
    }
  }

  /** `<client>.send(command)`: the command must be one the analysis can name, else the send is unresolved. */
  private sendCall(call: ts.CallExpression): void {
    const [argument] = call.arguments;
    if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'send') return;
    if (argument === undefined) return;
    // Commands named only by a parameter's type are sent here: they count at the send.
    const typed: SdkMember[] = [];
    if (this.isCommand(argument, 0, typed)) {
      for (const { module, name } of typed) this.use(call, module, name);
      return;
    }
    this.unresolvable(
      call,
      `sends ${this.code(argument)}, which is not a command class the check can name: construct the command with ` +
        'new <Name>Command(...) where it is sent, or type the parameter that carries it as the command class',
    );
  }

  private isCommandClass(expression: ts.Expression): boolean {
    const node = unwrapExpression(expression);
    if (ts.isIdentifier(node)) {
      const binding = this.bindings.values.get(node.text);
      return binding?.kind === 'member' && memberRole(binding.module, binding.name) === 'command';
    }
    const namespace =
      (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && ts.isIdentifier(node.expression)
        ? this.bindings.values.get(node.expression.text)
        : undefined;
    if (namespace?.kind !== 'namespace') return false;
    const name = ts.isPropertyAccessExpression(node)
      ? node.name.text
      : ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)
        ? node.argumentExpression.text
        : undefined;
    return name !== undefined && memberRole(namespace.module, name) === 'command';
  }

  /** The command classes a type names (`PutItemCommand`, `sdk.PutItemCommand`, a union of them), else undefined. */
  private commandsOfType(type: ts.TypeNode): SdkMember[] | undefined {
    if (ts.isUnionTypeNode(type)) {
      const members = type.types.map((member) => this.commandsOfType(member));
      return members.every((member) => member !== undefined) ? members.flat() : undefined;
    }
    if (!ts.isTypeReferenceNode(type)) return undefined;
    const typeName = type.typeName;
    const lookup = (name: string) => this.bindings.types.get(name) ?? this.bindings.values.get(name);
    const binding = ts.isIdentifier(typeName) ? lookup(typeName.text) : undefined;
    const namespace =
      ts.isQualifiedName(typeName) && ts.isIdentifier(typeName.left) ? lookup(typeName.left.text) : undefined;
    const member: SdkMember | undefined =
      binding?.kind === 'member'
        ? binding
        : namespace?.kind === 'namespace' && ts.isQualifiedName(typeName)
          ? { module: namespace.module, name: typeName.right.text }
          : undefined;
    return member !== undefined && memberRole(member.module, member.name) === 'command' ? [member] : undefined;
  }

  private typeNamesCommand(type: ts.TypeNode, typed: SdkMember[]): boolean {
    const commands = this.commandsOfType(type);
    if (commands === undefined) return false;
    typed.push(...commands);
    return true;
  }

  /**
   * Whether an expression is certainly an instance of a named command class (followed a few steps back); the
   * commands known only from a type annotation are added to `typed`.
   */
  private isCommand(expression: ts.Expression, depth: number, typed: SdkMember[]): boolean {
    const node = unwrapExpression(expression);
    if (depth > 4) return false;
    if (ts.isNewExpression(node)) return this.isCommandClass(node.expression);
    if (ts.isConditionalExpression(node)) {
      return this.isCommand(node.whenTrue, depth + 1, typed) && this.isCommand(node.whenFalse, depth + 1, typed);
    }
    if (ts.isIdentifier(node)) {
      const declaration = this.declarationOf(node);
      if (declaration === undefined) return false;
      if (ts.isParameter(declaration))
        return declaration.type !== undefined && this.typeNamesCommand(declaration.type, typed);
      if (ts.isVariableDeclaration(declaration)) {
        if (declaration.type !== undefined) return this.typeNamesCommand(declaration.type, typed);
        return declaration.initializer !== undefined && this.isCommand(declaration.initializer, depth + 1, typed);
      }
      return false;
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      return this.returnsCommand(this.declarationOf(node.expression), depth + 1, typed);
    }
    return false;
  }

  /** A helper `const putOrder = (order) => new PutCommand(...)` returns a command when every return does. */
  private returnsCommand(declaration: ts.Node | undefined, depth: number, typed: SdkMember[]): boolean {
    const fn =
      declaration !== undefined && ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined
        ? unwrapExpression(declaration.initializer)
        : declaration;
    if (fn === undefined || !(ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) {
      return false;
    }
    if (fn.type !== undefined) return this.typeNamesCommand(fn.type, typed);
    if (fn.body === undefined) return false;
    if (!ts.isBlock(fn.body)) return this.isCommand(fn.body, depth, typed);
    const returned: ts.Expression[] = [];
    const collect = (node: ts.Node): void => {
      if (ts.isFunctionLike(node)) return;
      if (ts.isReturnStatement(node) && node.expression !== undefined) returned.push(node.expression);
      ts.forEachChild(node, collect);
    };
    ts.forEachChild(fn.body, collect);
    return returned.length > 0 && returned.every((expression) => this.isCommand(expression, depth, typed));
  }

  /** The declaration a name refers to at a place: the nearest enclosing parameter, variable or function. */
  private declarationOf(identifier: ts.Identifier): ts.Node | undefined {
    const name = identifier.text;
    for (let scope: ts.Node | undefined = identifier.parent; scope !== undefined; scope = scope.parent) {
      if (ts.isFunctionLike(scope)) {
        const parameter = scope.parameters.find((candidate) => declaresName(candidate, name));
        if (parameter !== undefined) return parameter;
      }
      if (ts.isBlock(scope) || ts.isSourceFile(scope) || ts.isModuleBlock(scope)) {
        for (const statement of scope.statements) {
          if (declaresName(statement, name)) return statement;
          if (!ts.isVariableStatement(statement)) continue;
          const variable = statement.declarationList.declarations.find((candidate) => declaresName(candidate, name));
          if (variable !== undefined) return variable;
        }
      }
    }
    return undefined;
  }
}

/** The SDK commands the handler files can send, and what they send that cannot be named, in file order. */
export function sdkCallSites(sources: readonly HandlerSource[], index: SdkBindingIndex): SdkCallSites {
  const commands: SdkCommandUse[] = [];
  const unresolved: UnresolvedSdkUse[] = [];
  for (const source of sources) {
    const scan = new FileScan(source, index.bindingsOf(source));
    scan.run();
    commands.push(...scan.commands);
    unresolved.push(...scan.unresolved);
  }
  return { commands, unresolved };
}
