import { describe, expect, it } from 'vitest';
import {
  catalog,
  getTemplate,
  managedPolicyArn,
  managedPolicyNames,
  templateIds,
  UnknownTemplateError,
} from '../src/index.js';

describe('the catalog', () => {
  it('has one template per template id, each with a one-line purpose', () => {
    // Act
    const ids = catalog.map((template) => template.id);

    // Assess
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(templateIds);
    for (const template of catalog) expect(template.purpose).toMatch(/^[^\n]+\.$/);
  });

  it('finds a template by id', () => {
    expect(getTemplate('sqs-poll').managedPolicy).toBe('AWSLambdaSQSQueueExecutionRole');
  });

  it('lists the valid ids when asked for an unknown one', () => {
    // Act
    const act = () => getTemplate('sqs-pol');

    // Assess
    expect(act).toThrow(UnknownTemplateError);
    expect(act).toThrow(`Unknown role template "sqs-pol". Use one of: ${templateIds.join(', ')}.`);
  });

  it('uses every managed policy of the data file', () => {
    // Act
    const used = new Set(catalog.map((template) => template.managedPolicy));

    // Assess
    for (const name of managedPolicyNames) expect(used).toContain(name);
  });
});

describe('managedPolicyArn', () => {
  it('puts the partition into the ARN', () => {
    expect(managedPolicyArn('AWSXrayWriteOnlyAccess', 'aws-us-gov')).toBe(
      'arn:aws-us-gov:iam::aws:policy/AWSXrayWriteOnlyAccess',
    );
  });
});
