import { roleSpecFor } from '@lambda-blueprints/role-templates';
import { describe, expect, it } from 'vitest';
import { roleOptionsFromFlags, withOptions } from '../src/role-flags.js';

describe('the --with names', () => {
  it.each(Object.entries(withOptions))('%s adds the template its help names', (name, { template }) => {
    // Prepare: the fan-out option needs a kinesis source, the destination key an on-failure destination.
    const onFailure = name === 'on-failure-key' ? 'sqs' : undefined;

    // Act
    const withName = roleSpecFor('kinesis', roleOptionsFromFlags(name, onFailure));
    const without = roleSpecFor('kinesis', roleOptionsFromFlags(undefined, onFailure));

    // Assess
    const added = withName.filter((entry) => !without.some((other) => other.template === entry.template));
    expect(added.map((entry) => entry.template)).toEqual([template]);
  });

  it('accepts several names separated by commas, with spaces around them', () => {
    expect(roleOptionsFromFlags('xray, vpc', 's3')).toEqual({ tracing: true, vpc: true, onFailure: 's3' });
  });
});
