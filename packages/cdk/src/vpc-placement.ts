import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';

/** Where the function runs in a VPC: the subnets are used as given (no lookup, so synth needs no credentials). */
export interface VpcPlacement {
  vpcId: string;
  availabilityZones: string[];
  privateSubnetIds: string[];
  /** Security groups of the function; none given: a new group allowing all outbound traffic. */
  securityGroupIds?: string[];
}

/** The VPC and security groups of a placement, as BlueprintFunction takes them. */
export interface ImportedVpcPlacement {
  readonly vpc: ec2.IVpc;
  readonly securityGroups: ec2.ISecurityGroup[] | undefined;
}

/** Imports the VPC, its subnets and the security groups of `placement` by id into `scope`: no lookup, so synth works offline. */
export function importVpcPlacement(scope: Construct, placement: VpcPlacement): ImportedVpcPlacement {
  return {
    vpc: ec2.Vpc.fromVpcAttributes(scope, 'Vpc', {
      vpcId: placement.vpcId,
      availabilityZones: placement.availabilityZones,
      privateSubnetIds: placement.privateSubnetIds,
    }),
    securityGroups: placement.securityGroupIds?.map((groupId, index) =>
      ec2.SecurityGroup.fromSecurityGroupId(scope, `SecurityGroup${index}`, groupId),
    ),
  };
}
