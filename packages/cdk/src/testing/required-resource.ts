import { MissingStackResourceError } from '../errors.js';

/** `resource`, which the stack under test must have; throws MissingStackResourceError, with `remedy`, when not. */
export function requireResource<T>(resource: T | undefined, name: string, remedy: string): T {
  if (resource === undefined) throw new MissingStackResourceError(name, remedy);
  return resource;
}
