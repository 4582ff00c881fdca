import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { config } from './config.js';
import { KinesisBlueprintStack } from './stack.js';

const app = new App();
// cdk-nag v3: synth fails on any AwsSolutions finding the constructs have not acknowledged with a reason.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
new KinesisBlueprintStack(app, config.stackName);
