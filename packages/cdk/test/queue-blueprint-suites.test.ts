import {
  blueprintUnderTest,
  describeBlueprintFunction,
  describeBlueprintRole,
  describeCdkNag,
  describeCloudFormationRules,
  describeQueueSource,
  queueStackArns,
} from '../src/testing/index.js';
import { fixturePackage, QueueFixtureStack, queueConfig, queueRole } from './support/fixture-blueprints.js';

// The shared suites hold for a standard and a FIFO queue blueprint made of the package API, as the blueprints are.
for (const fifo of [false, true]) {
  const packageDirectory = fixturePackage(queueRole);
  const files = { config: queueConfig, role: queueRole, codeDirectory: new URL('dist', packageDirectory) };
  const blueprint = blueprintUnderTest({
    packageDirectory,
    config: queueConfig,
    role: queueRole,
    newStack: (app, props) => new QueueFixtureStack(app, props, files, fifo),
    stackArns: queueStackArns,
  });

  describeBlueprintRole(blueprint);
  describeQueueSource(blueprint, { fifo });
  describeBlueprintFunction(blueprint);
  describeCdkNag(blueprint);
  describeCloudFormationRules(blueprint);
}
