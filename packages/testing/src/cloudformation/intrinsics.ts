import {
  LogicalIdNotFoundError,
  MalformedIntrinsicError,
  UnknownAttributeError,
  UnsupportedIntrinsicError,
} from '../errors.js';
import { FAKE_PSEUDO_PARAMETERS } from './fake-environment.js';
import { type FakePhysicalResource, fakePhysicalResource } from './fake-physical-ids.js';
import type { CloudFormationTemplate } from './template.js';

type Intrinsic = (argument: unknown, path: string) => unknown;

/** Resolves intrinsic functions of one template against the fake environment (see FAKE_AWS_ENVIRONMENT). */
class IntrinsicResolver {
  // Logical ids whose fake ids are being built: a property referring back to one of them would never end.
  private readonly naming = new Set<string>();

  private readonly intrinsics: Readonly<Record<string, Intrinsic>> = {
    Ref: (argument, path) => this.ref(this.stringArgument('Ref', argument, path), path),
    'Fn::GetAtt': (argument, path) => this.getAtt(argument, path),
    'Fn::Join': (argument, path) => {
      const [delimiter, list] = this.tuple('Fn::Join', argument, path, 2, '[delimiter, [values]]');
      return this.stringList('Fn::Join', list, path).join(this.stringArgument('Fn::Join', delimiter, path));
    },
    'Fn::Sub': (argument, path) => this.sub(argument, path),
    'Fn::Select': (argument, path) => {
      const [index, list] = this.tuple('Fn::Select', argument, path, 2, '[index, [values]]');
      const values = this.stringList('Fn::Select', list, path);
      const selected = values[Number(this.resolve(index, path))];
      if (selected === undefined) {
        throw new MalformedIntrinsicError('Fn::Select', path, `an index below ${values.length}`);
      }
      return selected;
    },
    'Fn::Split': (argument, path) => {
      const [delimiter, source] = this.tuple('Fn::Split', argument, path, 2, '[delimiter, value]');
      return this.stringArgument('Fn::Split', source, path).split(this.stringArgument('Fn::Split', delimiter, path));
    },
    'Fn::ImportValue': (_argument, path) => {
      throw new UnsupportedIntrinsicError('Fn::ImportValue', path, 'it reads an export of another stack');
    },
  };

  constructor(private readonly template: CloudFormationTemplate) {}

  resolve(value: unknown, path: string): unknown {
    if (Array.isArray(value)) return value.map((item, index) => this.resolve(item, `${path}[${index}]`));
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value);
    const [first] = entries;
    if (entries.length === 1 && first && (first[0] === 'Ref' || first[0].startsWith('Fn::'))) {
      const [name, argument] = first;
      const intrinsic = this.intrinsics[name];
      if (!intrinsic) throw new UnsupportedIntrinsicError(name, path, 'the resolver does not implement it');
      return intrinsic(argument, `${path}.${name}`);
    }
    return Object.fromEntries(entries.map(([key, item]) => [key, this.resolve(item, `${path}.${key}`)]));
  }

  physicalResource(logicalId: string): FakePhysicalResource {
    const resource = this.template.Resources?.[logicalId];
    if (!resource) throw new LogicalIdNotFoundError(logicalId, 'resource');
    if (this.naming.has(logicalId)) {
      throw new MalformedIntrinsicError('Ref', `Resources.${logicalId}`, 'no circular reference between resources');
    }
    this.naming.add(logicalId);
    try {
      return fakePhysicalResource(resource.Type, {
        logicalId,
        property: (name) => {
          const value = this.resolve(resource.Properties?.[name], `Resources.${logicalId}.Properties.${name}`);
          const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
          return scalar ? String(value) : undefined;
        },
      });
    } finally {
      this.naming.delete(logicalId);
    }
  }

  private ref(name: string, path: string): string {
    const pseudo = FAKE_PSEUDO_PARAMETERS[name];
    if (pseudo !== undefined) return pseudo;
    if (name.startsWith('AWS::')) {
      throw new UnsupportedIntrinsicError(`Ref ${name}`, path, 'the fake environment has no such pseudo parameter');
    }
    const parameter = this.template.Parameters?.[name];
    if (parameter) {
      if (parameter.Default === undefined) {
        throw new UnsupportedIntrinsicError(`Ref ${name}`, path, 'the parameter has no Default');
      }
      return this.stringArgument('Ref', parameter.Default, path);
    }
    return this.physicalResource(name).ref;
  }

  private getAtt(argument: unknown, path: string): string {
    const expected = '[logicalId, attribute] or "logicalId.attribute"';
    const dot = typeof argument === 'string' ? argument.indexOf('.') : -1;
    if (typeof argument === 'string' && dot < 1) throw new MalformedIntrinsicError('Fn::GetAtt', path, expected);
    const [logicalId, attribute] =
      typeof argument === 'string'
        ? [argument.slice(0, dot), argument.slice(dot + 1)]
        : this.tuple('Fn::GetAtt', argument, path, 2, expected);
    return this.attribute(
      this.stringArgument('Fn::GetAtt', logicalId, path),
      this.stringArgument('Fn::GetAtt', attribute, path),
    );
  }

  private attribute(logicalId: string, attribute: string): string {
    const { attributes } = this.physicalResource(logicalId);
    const value = attributes[attribute];
    if (value === undefined) {
      const type = this.template.Resources?.[logicalId]?.Type ?? 'unknown';
      throw new UnknownAttributeError(logicalId, type, attribute, Object.keys(attributes));
    }
    return value;
  }

  private sub(argument: unknown, path: string): string {
    const [source, variables] =
      typeof argument === 'string' ? [argument, {}] : this.tuple('Fn::Sub', argument, path, 2, '[string, {variables}]');
    const text = this.stringArgument('Fn::Sub', source, path);
    const resolvedVariables = this.resolve(variables, path);
    if (resolvedVariables === null || typeof resolvedVariables !== 'object') {
      throw new MalformedIntrinsicError('Fn::Sub', path, 'a variables object as the second element');
    }
    const lookup = new Map(Object.entries(resolvedVariables));
    return text.replace(/\$\{([^}]*)\}/g, (_match, name: string) => {
      // `${!Literal}` is CloudFormation's escape for a literal `${Literal}`.
      if (name.startsWith('!')) return `\${${name.slice(1)}}`;
      if (lookup.has(name)) return this.stringArgument('Fn::Sub', lookup.get(name), path);
      const dot = name.indexOf('.');
      if (dot > 0 && !name.startsWith('AWS::')) return this.attribute(name.slice(0, dot), name.slice(dot + 1));
      return this.ref(name, path);
    });
  }

  private tuple(name: string, argument: unknown, path: string, length: number, expected: string): unknown[] {
    if (!Array.isArray(argument) || argument.length !== length) {
      throw new MalformedIntrinsicError(name, path, expected);
    }
    return argument;
  }

  private stringArgument(name: string, argument: unknown, path: string): string {
    const value = this.resolve(argument, path);
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') throw new MalformedIntrinsicError(name, path, 'a string');
    return value;
  }

  private stringList(name: string, argument: unknown, path: string): string[] {
    const value = this.resolve(argument, path);
    if (!Array.isArray(value)) throw new MalformedIntrinsicError(name, path, 'a list of strings');
    return value.map((item) => this.stringArgument(name, item, path));
  }
}

/**
 * Returns `value` with every intrinsic function (Ref, Fn::GetAtt, Fn::Join, Fn::Sub, Fn::Select, Fn::Split and the
 * pseudo parameters) replaced by the concrete, deterministic string it would have if the template were deployed in
 * FAKE_AWS_ENVIRONMENT. Throws UnsupportedIntrinsicError for values from outside the template (Fn::ImportValue).
 */
export function resolveIntrinsics(template: CloudFormationTemplate, value: unknown, path = 'value'): unknown {
  return new IntrinsicResolver(template).resolve(value, path);
}

/** What `Ref` to the resource `logicalId` resolves to (a queue's URL, a topic's ARN, a table's name, ...). */
export function fakeRefOf(template: CloudFormationTemplate, logicalId: string): string {
  return new IntrinsicResolver(template).physicalResource(logicalId).ref;
}

/**
 * The fake ARN of the resource `logicalId`: its `Arn` attribute, or for types whose Ref is their ARN (SNS topics,
 * stream consumers, managed policies) their Ref. `attribute` picks another ARN attribute (e.g. a table's StreamArn).
 */
export function fakeArnOf(template: CloudFormationTemplate, logicalId: string, attribute = 'Arn'): string {
  const { ref, attributes } = new IntrinsicResolver(template).physicalResource(logicalId);
  const value = attributes[attribute] ?? (attribute === 'Arn' && ref.startsWith('arn:') ? ref : undefined);
  if (value === undefined) {
    const type = template.Resources?.[logicalId]?.Type ?? 'unknown';
    throw new UnknownAttributeError(logicalId, type, attribute, Object.keys(attributes));
  }
  return value;
}
