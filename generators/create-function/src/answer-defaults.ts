import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FunctionAnswers, PartialAnswers, SourceSettings } from './answers.js';
import type { BlueprintInfo } from './blueprint-catalog.js';
import { CONFIG_FILE, readConfigValue } from './config-file.js';
import { settingsFor } from './source-settings.js';

/** The blueprint's own values (its infra/config.ts) of the settings that apply: its safe defaults. */
export function blueprintSettings(blueprint: BlueprintInfo, existingSource: boolean): SourceSettings {
  const text = readFileSync(join(blueprint.directory, CONFIG_FILE), 'utf8');
  const settings: SourceSettings = {};
  for (const spec of settingsFor(blueprint.source, existingSource)) {
    const value = readConfigValue(text, spec.configPath);
    if (typeof value === 'number') settings[spec.id] = value;
  }
  return settings;
}

/** The answers with every optional one not given set to its default (new source, no options, the blueprint's settings, scoped role). */
export function withDefaults(
  answers: PartialAnswers & Pick<FunctionAnswers, 'name' | 'blueprint'>,
  blueprint: BlueprintInfo,
): FunctionAnswers {
  const existingSource = answers.existingSource;
  return {
    name: answers.name,
    blueprint: answers.blueprint,
    existingSource,
    with: answers.with ?? [],
    vpc: answers.vpc,
    sinkArns: answers.sinkArns ?? {},
    settings: { ...blueprintSettings(blueprint, existingSource !== undefined), ...answers.settings },
    roleMode: answers.roleMode ?? 'scoped',
    roleArn: answers.roleArn,
  };
}
