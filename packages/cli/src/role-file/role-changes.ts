import {
  type EventSourceKind,
  getTemplate,
  type RoleEntry,
  type RoleSpec,
  sourceTemplates,
} from '@lambda-blueprints/role-templates';
import { ProtectedRoleEntryError, ResourceRefError, RoleEntryNotFoundError } from '../errors.js';
import { sameEntry } from './function-role.js';
import { checkedRef } from './resource-refs.js';
import { roleEntrySource } from './role-file.js';

/** A role after `blueprints role add|remove`: the entry concerned, and whether the list changed. */
export interface RoleChange {
  role: RoleEntry[];
  entry: RoleEntry;
  changed: boolean;
}

/**
 * The role with `template` on `on` added at the end; unchanged (changed: false) when it lists that entry already.
 * Throws UnknownTemplateError for a template not in the catalog and ResourceRefError when `on` does not fit it.
 */
export function roleWithEntryAdded(
  role: RoleSpec,
  source: EventSourceKind,
  templateId: string,
  on: string | undefined,
): RoleChange {
  const template = getTemplate(templateId);
  const ref = checkedRef(template, source, on);
  const entry: RoleEntry = ref === undefined ? { template: template.id } : { template: template.id, on: ref };
  if (role.some((listed) => sameEntry(listed, entry))) return { role: [...role], entry, changed: false };
  return { role: [...role, entry], entry, changed: true };
}

/** Why an entry cannot be removed: the function would stop working. Undefined when it can be. */
function protectionOf(entry: RoleEntry, source: EventSourceKind): string | undefined {
  if (entry.template === 'basic-execution') {
    return 'without it the function cannot write its logs to CloudWatch Logs';
  }
  if (entry.template === sourceTemplates[source] && entry.on === 'source') {
    return `without it Lambda's event source mapping cannot read the function's ${source} source`;
  }
  return undefined;
}

/**
 * The role without the entry of `template` (on `on`, which is needed only when the template is listed on several
 * resources). Throws RoleEntryNotFoundError when no entry matches, ResourceRefError when several do, and
 * ProtectedRoleEntryError for basic-execution and for the template that reads the source.
 */
export function roleWithEntryRemoved(
  role: RoleSpec,
  source: EventSourceKind,
  templateId: string,
  on: string | undefined,
): RoleChange {
  const template = getTemplate(templateId);
  const matches = role.filter((entry) => entry.template === template.id && (on === undefined || entry.on === on));
  const [entry, ...others] = matches;
  if (entry === undefined) {
    const what = on === undefined ? `"${template.id}"` : `"${template.id}" on ${on}`;
    throw new RoleEntryNotFoundError(what, role.map(roleEntrySource));
  }
  if (others.length > 0) {
    throw new ResourceRefError(
      `Role template "${template.id}" is listed on ${matches.length} resources: pass --on with one of: ` +
        `${matches.map((match) => match.on ?? '(none)').join(', ')}.`,
    );
  }
  const protection = protectionOf(entry, source);
  if (protection !== undefined) throw new ProtectedRoleEntryError(roleEntrySource(entry), protection);
  return { role: role.filter((listed) => listed !== entry), entry, changed: true };
}
