import { ConflictingPropsError } from './errors.js';

/**
 * Throws ConflictingPropsError when props that configure a new resource are set together with the ARN prop that
 * imports an existing one instead: they would be ignored, and the user would believe them applied.
 */
export function refuseNewResourceProps(
  arnProp: string,
  arn: string | undefined,
  newResourceProps: Readonly<Record<string, unknown>>,
  resource: string,
): void {
  if (arn === undefined) return;
  const set = Object.keys(newResourceProps).filter((prop) => newResourceProps[prop] !== undefined);
  if (set.length === 0) return;
  throw new ConflictingPropsError(
    [arnProp, ...set],
    `${set.join(', ')} configure a new ${resource}, and ${arnProp} imports an existing one`,
    `Remove ${set.join(', ')}, or remove ${arnProp} to create the ${resource}.`,
  );
}
