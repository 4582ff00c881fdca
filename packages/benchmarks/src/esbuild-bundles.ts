import { statSync } from 'node:fs';
import { type BuildOptions, build } from 'esbuild';

/** A bundle on disk and its size. */
export interface Bundle {
  file: string;
  bytes: number;
}

// Workspace packages resolve to their TypeScript source (see vitest.shared.ts): nothing needs building first, and the
// code bundled is the same as in their dist/.
const sourceCondition = '@lambda-blueprints/source';

async function bundle(entry: string, outfile: string, options: BuildOptions): Promise<Bundle> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    conditions: [sourceCondition],
    logLevel: 'error',
    ...options,
  });
  return { file: outfile, bytes: statSync(outfile).size };
}

/**
 * Bundles a handler with the settings of the blueprints' own `build` script (ESM, minified, node22), so a contender
 * written another way ships the way the blueprint does and only its code differs.
 */
export function bundleLikeBlueprint(entry: string, outfile: string): Promise<Bundle> {
  return bundle(entry, outfile, {
    format: 'esm',
    minify: true,
    target: 'node22',
    mainFields: ['module', 'main'],
  });
}

/**
 * The runtime BlueprintFunction deploys (lambda.Runtime.NODEJS_24_X); NodejsFunction derives its esbuild target from
 * the runtime's name (`toTarget` in aws-cdk-lib/aws-lambda-nodejs/lib/bundling.js).
 */
export const NODEJS_FUNCTION_TARGET = 'node24';

/**
 * Bundles a handler as aws-cdk-lib's NodejsFunction does by default (aws-cdk-lib 2.276, bundling.js): `--bundle
 * --target=<runtime> --platform=node`, no `--format` (so CommonJS), no `--minify`, no source map, and
 * `--external:@aws-sdk/*` because the Lambda runtime provides the SDK. The output is .cjs so Node loads it as
 * CommonJS whatever package.json is above it.
 */
export function bundleLikeNodejsFunction(entry: string, outfile: string): Promise<Bundle> {
  return bundle(entry, outfile, {
    format: 'cjs',
    minify: false,
    target: NODEJS_FUNCTION_TARGET,
    external: ['@aws-sdk/*'],
  });
}

/** Bundles a probe script to run under plain `node`: a TypeScript loader would be charged to every measurement. */
export function bundleForNode(entry: string, outfile: string): Promise<Bundle> {
  return bundle(entry, outfile, {
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
  });
}
