import { Token } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { BlueprintStack } from '../src/index.js';
import { useSynthFixture } from './support/synth-fixture.js';

const fixture = useSynthFixture();

describe('BlueprintStack', () => {
  it('is environment-agnostic, described after its blueprint, and tags its resources with it', () => {
    // Prepare
    const stack = new BlueprintStack(fixture.newApp(), 'OrdersStack', { blueprint: 'orders-consumer' });

    // Act
    const fn = fixture.newFunction({}, stack);
    const template = Template.fromStack(stack);

    // Assess
    expect(Token.isUnresolved(stack.account)).toBe(true);
    expect(template.toJSON().Description).toBe('lambda-blueprints: orders-consumer');
    template.hasResourceProperties('AWS::Lambda::Function', {
      Tags: [{ Key: 'lambda-blueprints:blueprint', Value: 'orders-consumer' }],
    });
    expect(fn.functionName).toMatch(/^OrdersStack-Fn-/);
  });

  it('keeps a description given in the props', () => {
    // Prepare / Act
    const stack = new BlueprintStack(fixture.newApp(), 'OrdersStack', { blueprint: 'sqs', description: 'Orders' });

    // Assess
    expect(stack.templateOptions.description).toBe('Orders');
  });
});
