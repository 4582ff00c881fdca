import {
  getTemplate,
  isAllowed,
  managedPolicies,
  managedPolicyArn,
  managedPolicyNames,
  type PolicyDocument,
  type PolicyStatement,
} from '@lambda-blueprints/role-templates';
import { FAKE_AWS_ENVIRONMENT } from '@lambda-blueprints/testing';
import { iamActionReference, iamActionsMatching } from '../iam-service-reference.js';
import { actionPatternCovers, policyValues, statementCovers } from '../policy-matching.js';
import { roleEntrySource } from '../role-file/role-file.js';
import type { HandlerSdkCalls, SdkCall } from '../sdk-calls/handler-sdk-calls.js';
import type { DeployedFunction } from './deployed-functions.js';
import { grantAdvice } from './grant-advice.js';
import { functionNeeds, type TemplateNeed } from './permission-needs.js';

/**
 * missing: the code or Lambda needs an action the role does not allow. unused: the role grants what nothing needs.
 * wildcard: `Resource: "*"` on an action IAM can scope to resources. unknown: what the check cannot judge.
 */
export type FindingKind = 'missing' | 'unused' | 'wildcard' | 'unknown';

export interface PermissionFinding {
  kind: FindingKind;
  /** missing and wildcard are errors; unused and unknown are warnings, errors with `strict`. */
  severity: 'error' | 'warning';
  message: string;
}

export interface FindingOptions {
  /** Report unused grants and unknown calls as errors. */
  strict: boolean;
  /** Where the package's role is written, for advice (`infra/role.ts`). */
  roleFile: string;
}

const severityOf = (kind: FindingKind, strict: boolean): 'error' | 'warning' =>
  kind === 'missing' || kind === 'wildcard' || strict ? 'error' : 'warning';

const list = (items: readonly string[], limit = 6): string =>
  items.length <= limit ? items.join(', ') : `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;

/** A statement as one line: its actions on its resources. */
const statementText = (statement: PolicyStatement, index: number): string => {
  const actions =
    statement.Action !== undefined
      ? list(policyValues(statement.Action))
      : `NotAction ${list(policyValues(statement.NotAction))}`;
  const resources =
    statement.Resource !== undefined
      ? list(policyValues(statement.Resource), 3)
      : `NotResource ${list(policyValues(statement.NotResource), 3)}`;
  return `Statement ${index + 1} (${actions} on ${resources})`;
};

const siteText = (call: SdkCall): string => `${call.via ?? call.command} at ${call.file}:${call.line}`;

/** The role's policy documents plus the AWS managed policies it attaches (each an Allow on "*" of its actions). */
function roleDocuments(fn: DeployedFunction, report: (kind: FindingKind, message: string) => void): PolicyDocument[] {
  const documents = [...(fn.role?.policyDocuments ?? [])];
  for (const arn of fn.role?.managedPolicyArns ?? []) {
    const name = managedPolicyNames.find(
      (candidate) => managedPolicyArn(candidate, FAKE_AWS_ENVIRONMENT.partition) === arn,
    );
    if (name === undefined) {
      report(
        'unknown',
        `The role attaches ${arn}, a managed policy whose statements are not in the template: what it grants is not checked.`,
      );
      continue;
    }
    documents.push({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: [...managedPolicies[name].actions], Resource: '*' }],
    });
  }
  return documents;
}

/** Whether some resource the documents name (or "*") is one the action is allowed on. */
function allowedOnSomeResource(documents: readonly PolicyDocument[], action: string): boolean {
  const candidates = new Set([
    '*',
    ...documents.flatMap((document) => document.Statement.flatMap((s) => policyValues(s.Resource))),
  ]);
  return [...candidates].some((resource) => isAllowed(documents, action, resource));
}

/** The checks of one function: its code's calls and Lambda's needs against the role its template gives it. */
class FunctionCheck {
  readonly findings: PermissionFinding[] = [];
  private readonly needs: TemplateNeed[];
  private readonly codeActions: string[];

  constructor(
    private readonly fn: DeployedFunction,
    private readonly code: HandlerSdkCalls,
    private readonly options: FindingOptions,
  ) {
    const { needs, unjudged } = functionNeeds(fn);
    this.needs = needs;
    this.codeActions = [...new Set(code.calls.flatMap((call) => call.actions))];
    for (const what of unjudged) this.report('unknown', `${what}.`);
    for (const use of code.unresolved) this.report('unknown', `${use.file}:${use.line}: ${use.code}: ${use.reason}.`);
  }

  report(kind: FindingKind, message: string): void {
    this.findings.push({ kind, severity: severityOf(kind, this.options.strict), message });
  }

  async run(): Promise<PermissionFinding[]> {
    if (this.fn.role === undefined) {
      this.report(
        'unknown',
        `${this.fn.roleProblem ?? 'The role is not in the template.'} Its permissions are not checked.`,
      );
      return this.findings;
    }
    const documents = roleDocuments(this.fn, (kind, message) => this.report(kind, message));
    await this.missingForCode(documents);
    this.missingForLambda(documents);
    const statements = this.fn.role.policyDocuments.flatMap((document) => document.Statement);
    for (const [index, statement] of statements.entries()) {
      if (statement.Effect !== 'Allow') continue;
      await this.wildcard(statement, index);
      await this.unused(statement, index);
    }
    this.unusedManagedPolicies();
    return this.findings;
  }

  private async missingForCode(documents: readonly PolicyDocument[]): Promise<void> {
    for (const action of this.codeActions) {
      if (allowedOnSomeResource(documents, action)) continue;
      const sites = this.code.calls.filter((call) => call.actions.includes(action)).map(siteText);
      this.report(
        'missing',
        `The code sends ${action} (${list(sites, 4)}), but the role allows it on no resource. ` +
          `${await grantAdvice(action, this.options.roleFile)}.`,
      );
    }
  }

  private missingForLambda(documents: readonly PolicyDocument[]): void {
    for (const need of this.needs.filter((candidate) => candidate.required)) {
      const missing = need.grants.filter(({ action, resource }) => !isAllowed(documents, action, resource ?? '*'));
      if (missing.length === 0) continue;
      const grants = [...new Set(missing.map(({ action, resource }) => `${action} on ${resource ?? '*'}`))];
      this.report(
        'missing',
        `${need.reason}, which needs ${list(grants, 4)}: the role does not allow it. ` +
          `Add to ${this.options.roleFile}: ${roleEntrySource(need.entry)}.`,
      );
    }
  }

  /** Whether any code path or need asks for an action this action pattern covers, on a resource the statement names. */
  private isNeeded(pattern: string, statement: PolicyStatement): boolean {
    if (this.codeActions.some((action) => actionPatternCovers(pattern, action))) return true;
    return this.needs.some((need) =>
      need.grants.some(
        ({ action, resource }) =>
          actionPatternCovers(pattern, action) &&
          (resource === undefined || statementCovers(statement, action, resource)),
      ),
    );
  }

  private isNeededAction(action: string): boolean {
    return (
      this.codeActions.some((needed) => needed.toLowerCase() === action.toLowerCase()) ||
      this.needs.some((need) => need.grants.some((grant) => grant.action.toLowerCase() === action.toLowerCase()))
    );
  }

  private unusedNote(): string {
    return this.code.unresolved.length > 0
      ? ' (The code also sends commands the check cannot name: keep it if one of them needs it.)'
      : '';
  }

  private async unused(statement: PolicyStatement, index: number): Promise<void> {
    const patterns = policyValues(statement.Action);
    const unneeded = patterns.filter((pattern) => !this.isNeeded(pattern, statement));
    if (unneeded.length > 0) {
      const whole = unneeded.length === patterns.length;
      this.report(
        'unused',
        `${statementText(statement, index)} grants ${list(unneeded)}, which no code path, event source, ` +
          `logging, tracing, VPC or on-failure destination needs: ` +
          `${whole ? 'remove the statement' : 'remove those actions'} (${this.options.roleFile}).${this.unusedNote()}`,
      );
    }
    for (const pattern of patterns.filter((candidate) => /[*?]/.test(candidate) && !unneeded.includes(candidate))) {
      const covered = (await iamActionsMatching(pattern)) ?? [];
      const extra = covered.filter((action) => !this.isNeededAction(action));
      if (extra.length === 0) continue;
      const needed = covered.filter((action) => this.isNeededAction(action));
      this.report(
        'unused',
        `${statementText(statement, index)} grants ${pattern}: ${covered.length} actions, of which only ` +
          `${list(needed)} are needed. Name the needed actions instead of ${pattern}.${this.unusedNote()}`,
      );
    }
  }

  private async wildcard(statement: PolicyStatement, index: number): Promise<void> {
    const text = statementText(statement, index);
    if (statement.NotAction !== undefined) {
      this.report('wildcard', `${text} allows every action but the ones it lists: name the actions it needs.`);
      return;
    }
    if (statement.NotResource !== undefined) {
      this.report('wildcard', `${text} allows every resource but the ones it lists: name the resources.`);
      return;
    }
    if (!policyValues(statement.Resource).includes('*')) return;
    const scoped: string[] = [];
    const resourceArns = new Set<string>();
    for (const pattern of policyValues(statement.Action)) {
      if (pattern === '*') {
        this.report(
          'wildcard',
          `${text} allows every action on every resource: name the actions and resources it needs.`,
        );
        continue;
      }
      const actions = await iamActionsMatching(pattern);
      if (actions === undefined || actions.length === 0) {
        this.report('unknown', `${text} names ${pattern}, which matches no action in IAM's service reference.`);
        continue;
      }
      for (const action of actions) {
        const reference = await iamActionReference(action);
        if (reference === undefined || reference.wildcardOnly) continue;
        scoped.push(action);
        for (const arn of reference.resourceArns) resourceArns.add(arn);
      }
    }
    if (scoped.length === 0) return;
    this.report(
      'wildcard',
      `${text} grants ${list(scoped, 4)} on Resource "*", but IAM scopes them to resources ` +
        `(${list([...resourceArns], 2)}): grant them on the ARNs of the function's own resources ` +
        `(${this.options.roleFile}).`,
    );
  }

  /**
   * A managed policy stands for catalog templates (every Lambda one also grants logging): it is needed when a need
   * is one of its templates, or the code calls one of its actions.
   */
  private unusedManagedPolicies(): void {
    const needed = new Set(this.needs.map((need) => getTemplate(need.entry.template).managedPolicy));
    for (const name of managedPolicyNames) {
      const arn = managedPolicyArn(name, FAKE_AWS_ENVIRONMENT.partition);
      if (!this.fn.role?.managedPolicyArns.includes(arn) || needed.has(name)) continue;
      const actions = managedPolicies[name].actions;
      if (actions.some((action) => this.codeActions.some((called) => called.toLowerCase() === action.toLowerCase()))) {
        continue;
      }
      this.report(
        'unused',
        `The role attaches ${name}, which stands for templates that neither Lambda nor the code needs: detach it ` +
          `(${this.options.roleFile}).${this.unusedNote()}`,
      );
    }
  }
}

/**
 * Checks one deployed function: missing (the code or Lambda needs an action the role does not allow), unused (a
 * statement grants what nothing needs), wildcard (Resource "*" on actions IAM can scope), and unknown (what cannot
 * be judged: unresolved sends, roles or policies from outside the template, sources no template covers).
 */
export function permissionFindings(
  fn: DeployedFunction,
  code: HandlerSdkCalls,
  options: FindingOptions,
): Promise<PermissionFinding[]> {
  return new FunctionCheck(fn, code, options).run();
}
