import {
  blueprintUnderTest,
  describeBlueprintFunction,
  describeBlueprintRole,
  describeCdkNag,
  describeCloudFormationRules,
  describeQueueSource,
  queueStackArns,
} from '@lambda-blueprints/cdk/testing';
import { config } from '../infra/config.js';
import { role } from '../infra/role.js';
import { SqsFifoBlueprintStack } from '../infra/stack.js';

const blueprint = blueprintUnderTest({
  packageDirectory: new URL('..', import.meta.url),
  config,
  role,
  newStack: (app, props) => new SqsFifoBlueprintStack(app, 'BlueprintUnderTest', props),
  stackArns: queueStackArns,
});

describeBlueprintRole(blueprint);
describeQueueSource(blueprint, { fifo: true });
describeBlueprintFunction(blueprint);
describeCdkNag(blueprint);
describeCloudFormationRules(blueprint);
