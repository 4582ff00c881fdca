/** A template id that is not in the catalog. */
export class UnknownTemplateError extends Error {
  override readonly name = 'UnknownTemplateError';

  constructor(
    readonly id: string,
    readonly validIds: readonly string[],
  ) {
    super(`Unknown role template "${id}". Use one of: ${validIds.join(', ')}.`);
  }
}

/** An event source kind that no template reads from. */
export class UnknownEventSourceError extends Error {
  override readonly name = 'UnknownEventSourceError';

  constructor(
    readonly source: string,
    readonly validSources: readonly string[],
  ) {
    super(`Unknown event source "${source}". Use one of: ${validSources.join(', ')}.`);
  }
}

/** Role options that do not fit the event source (e.g. an enhanced fan-out consumer on an SQS queue). */
export class InvalidRoleOptionsError extends Error {
  override readonly name = 'InvalidRoleOptionsError';
}

/** A role entry whose `on` does not fit its template: missing for a resource template, or set on an account-wide one. */
export class InvalidRoleEntryError extends Error {
  override readonly name = 'InvalidRoleEntryError';
}

/** A role entry names a resource for which composeRole was given no ARN. */
export class MissingResourceArnError extends Error {
  override readonly name = 'MissingResourceArnError';

  constructor(
    readonly template: string,
    readonly ref: string,
  ) {
    super(
      `Role template "${template}" applies to "${ref}", but no ARN was given for "${ref}". ` +
        `Pass it in composeRole's params.arns["${ref}"], or remove the entry.`,
    );
  }
}

/** A catalog action missing from the generated IAM facts file (the catalog changed without regenerating it). */
export class MissingActionFactsError extends Error {
  override readonly name = 'MissingActionFactsError';

  constructor(readonly action: string) {
    super(
      `No IAM facts for action "${action}" in src/iam-action-facts.generated.json. ` +
        'Run `pnpm --filter @lambda-blueprints/role-templates generate` after changing the catalog.',
    );
  }
}
