import { isAllowed } from '@lambda-blueprints/role-templates';
import { foreignArn } from '@lambda-blueprints/testing';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { BlueprintFunctionConfig } from '../blueprint-function-config.js';
import type { VpcPlacement } from '../vpc-placement.js';
import type { BlueprintStackUnderTest, BlueprintUnderTest } from './blueprint-under-test.js';

const VPC: VpcPlacement = {
  vpcId: 'vpc-0123456789abcdef0',
  availabilityZones: ['us-east-1a', 'us-east-1b'],
  privateSubnetIds: ['subnet-0aaaaaaaaaaaaaaaa', 'subnet-0bbbbbbbbbbbbbbbb'],
  securityGroupIds: ['sg-0cccccccccccccccc'],
};

/** The checks of how a blueprint's stack runs its function that hold for every source: the VPC of infra/config.ts. */
export function describeBlueprintFunction<
  TConfig extends BlueprintFunctionConfig,
  TStack extends BlueprintStackUnderTest<TConfig>,
>(blueprint: BlueprintUnderTest<TConfig, TStack>): void {
  describe('the function', () => {
    it('runs in the subnets and security groups of the configured VPC, with vpc-access in its role', () => {
      // Act
      const inVpc = blueprint.synth({
        config: blueprint.scopedConfigWith({ vpc: VPC }),
        role: blueprint.roleWith({ template: 'vpc-access' }),
      });

      // Assess
      inVpc.template.hasResourceProperties('AWS::Lambda::Function', {
        VpcConfig: { SubnetIds: VPC.privateSubnetIds, SecurityGroupIds: VPC.securityGroupIds },
      });
      Annotations.fromStack(inVpc.stack).hasNoWarning('*', Match.stringLikeRegexp('role prop lacks'));
      const { policyDocuments } = blueprint.roleOf(inVpc);
      const networkInterface = foreignArn('ec2', 'network-interface/eni-1');
      expect(isAllowed(policyDocuments, 'ec2:CreateNetworkInterface', networkInterface)).toBe(true);
    });
  });
}
