import { catalog, type RoleTemplate } from '@lambda-blueprints/role-templates';
import { iamActionReference } from '../iam-service-reference.js';
import { roleEntrySource } from '../role-file/role-file.js';
import { sinkKinds } from '../sink-kinds.js';

/** The catalog templates whose statements grant the action (case-insensitive, as IAM compares actions). */
function templatesGranting(action: string): RoleTemplate[] {
  const wanted = action.toLowerCase();
  return catalog.filter((template) =>
    template.statements.some((statement) => statement.actions.some((granted) => granted.toLowerCase() === wanted)),
  );
}

function suggestedEntry(template: RoleTemplate): string {
  if (template.on === null) return roleEntrySource({ template: template.id });
  return roleEntrySource({
    template: template.id,
    on: sinkKinds.some((kind) => kind === template.id) ? 'sink:<name>' : `<the ${template.on}>`,
  });
}

/** `arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}` -> `arn:<Partition>:...:table/<TableName>`. */
const placeholders = (arnTemplate: string): string => arnTemplate.replace(/\$\{(\w+)\}/g, '<$1>');

/**
 * How to grant an action the role lacks: the catalog template(s) that grant it, as a role entry to add; or, when no
 * template does, the IAM statement to add, on the action's resource ARNs from IAM's service reference.
 */
export async function grantAdvice(action: string, roleFile: string): Promise<string> {
  const templates = templatesGranting(action);
  if (templates.length > 0) {
    const entries = templates.map(
      (template) => `${suggestedEntry(template)} (${template.id}: ${template.purpose.replace(/\.$/, '')})`,
    );
    return `Add to ${roleFile}: ${entries.join(', or ')}`;
  }
  const reference = await iamActionReference(action);
  const resources =
    reference === undefined || reference.wildcardOnly ? ['*'] : reference.resourceArns.map(placeholders);
  const statement = {
    Effect: 'Allow',
    Action: reference?.action ?? action,
    Resource: resources.length === 1 ? resources[0] : resources,
  };
  return `No role template grants ${action}: add this statement to the role: ${JSON.stringify(statement)}`;
}
