export { logicalIdOf, logicalIdsUnder } from './logical-ids.js';
export { type SynthesizedStack, synthesizeForTest, type TemplateJson } from './synthesize-for-test.js';
export { type TestAppOptions, TestApps, type TestAppsOptions } from './test-apps.js';
