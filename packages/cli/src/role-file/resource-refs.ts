import {
  type EventSourceKind,
  getTemplate,
  InvalidRoleOptionsError,
  type ResourceKind,
  type ResourceRef,
  type RoleEntry,
  type RoleOptions,
  type RoleTemplate,
  roleSpecFor,
} from '@lambda-blueprints/role-templates';
import { ResourceRefError } from '../errors.js';
import { onFailureKinds } from '../role-flags.js';
import { sinkKinds } from '../sink-kinds.js';

const SINK_ID_PLACEHOLDER = '<id>';

/** How infra/role.ts names the target of a sink: `sink:` and the sink's id in infra/config.ts. */
const SINK_REF = `sink:${SINK_ID_PLACEHOLDER}`;

const SINK_ID = /^sink:[\w.-]+$/;

// One set of options per resource a role can name; roleSpecFor refuses the options a source cannot have (a fan-out
// consumer on a queue), so what it returns is what role-templates allows for the source, not a copy of its rules.
const probes: readonly RoleOptions[] = [
  {},
  { sourceKey: true },
  { consumer: true },
  ...onFailureKinds.map((onFailure) => ({ onFailure, onFailureKey: true })),
  { sinks: sinkKinds.map((kind) => ({ id: SINK_ID_PLACEHOLDER, kind })) },
];

function specOrNothing(source: EventSourceKind, options: RoleOptions): RoleEntry[] {
  try {
    return roleSpecFor(source, options);
  } catch (error) {
    if (error instanceof InvalidRoleOptionsError) return [];
    throw error;
  }
}

/**
 * Each resource a function reading `source` can name in its role (every sink as `sink:<id>`), with the kinds of
 * resource it can be: `source` is the source's queue or stream, `on-failure` a queue, topic or bucket, and so on.
 */
export function resourceKindsByRef(source: EventSourceKind): Map<string, Set<ResourceKind>> {
  const kinds = new Map<string, Set<ResourceKind>>();
  for (const entry of probes.flatMap((options) => specOrNothing(source, options))) {
    const kind = getTemplate(entry.template).on;
    if (entry.on === undefined || kind === null) continue;
    kinds.set(entry.on, (kinds.get(entry.on) ?? new Set()).add(kind));
  }
  return kinds;
}

/** The resources `template` can apply to in a function reading `source`: those of the kind the catalog names for it. */
export function refsFor(template: RoleTemplate, source: EventSourceKind): string[] {
  const on = template.on;
  if (on === null) return [];
  return [...resourceKindsByRef(source)].filter(([, kinds]) => kinds.has(on)).map(([ref]) => ref);
}

function refChoices(template: RoleTemplate, source: EventSourceKind): string {
  const refs = refsFor(template, source);
  return refs.length === 0
    ? `A function reading ${source} has no ${template.on} for it to apply to.`
    : `Pass --on with one of: ${refs.join(', ')}.`;
}

/**
 * The resource `--on` names for a new entry of `template`, checked against the catalog: undefined for an account-wide
 * template. Throws ResourceRefError when `on` is missing for a resource template, given for an account-wide one, or
 * names a resource that is not of the template's kind (each message lists the resources that fit).
 */
export function checkedRef(
  template: RoleTemplate,
  source: EventSourceKind,
  on: string | undefined,
): ResourceRef | undefined {
  if (template.on === null) {
    if (on === undefined) return undefined;
    throw new ResourceRefError(
      `Role template "${template.id}" is account-wide and applies to no resource: drop --on ${on}.`,
    );
  }
  if (on === undefined) {
    throw new ResourceRefError(
      `Role template "${template.id}" applies to a ${template.on}. ${refChoices(template, source)}`,
    );
  }
  const ref = SINK_ID.test(on) ? SINK_REF : on;
  if (!refsFor(template, source).includes(ref)) {
    throw new ResourceRefError(
      `--on ${on} does not fit role template "${template.id}", which applies to a ${template.on}. ` +
        refChoices(template, source),
    );
  }
  return on as ResourceRef;
}
