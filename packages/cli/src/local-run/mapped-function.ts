import { readFile } from 'node:fs/promises';
import {
  type CloudFormationTemplate,
  type EventSourceName,
  MappingNotFoundError,
  type MappingSettings,
  readMappingSettings,
} from '@lambda-blueprints/testing';
import { AmbiguousMappingError, MappedFunctionNotFoundError } from '../errors.js';

/** The event source mapping a local run follows, and the template it is in. */
export interface MappedFunction {
  templateFile: string;
  template: CloudFormationTemplate;
  /** The mapping and its function as Lambda would apply them (batch size, retries, Timeout, environment, ...). */
  settings: MappingSettings;
}

const MAPPING = 'AWS::Lambda::EventSourceMapping';

/**
 * Reads the one event source mapping of the synthesized templates (or the one named `mappingLogicalId`) with its
 * function's configuration. Throws when there is none, or several and none was named.
 */
export async function readMappedFunction(
  templateFiles: readonly string[],
  mappingLogicalId?: string,
): Promise<MappedFunction> {
  const mappings: { templateFile: string; template: CloudFormationTemplate; logicalId: string }[] = [];
  for (const templateFile of templateFiles) {
    const template = JSON.parse(await readFile(templateFile, 'utf8')) as CloudFormationTemplate;
    for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
      if (resource.Type === MAPPING) mappings.push({ templateFile, template, logicalId });
    }
  }
  const chosen =
    mappingLogicalId === undefined ? mappings : mappings.filter(({ logicalId }) => logicalId === mappingLogicalId);
  const [only] = chosen;
  if (only === undefined) {
    if (mappingLogicalId === undefined) throw new MappedFunctionNotFoundError(templateFiles);
    throw new MappingNotFoundError(
      mappings.map(({ logicalId }) => logicalId),
      mappingLogicalId,
    );
  }
  if (chosen.length > 1) throw new AmbiguousMappingError(chosen.map(({ logicalId }) => logicalId));
  return {
    templateFile: only.templateFile,
    template: only.template,
    settings: readMappingSettings(only.template, { mappingLogicalId: only.logicalId }),
  };
}

/** The `blueprints events` source whose events the mapping delivers (a FIFO queue is sqs-fifo). */
export function eventSourceNameOf(settings: MappingSettings): EventSourceName {
  if (settings.source !== 'sqs') return settings.source;
  return settings.queue.fifo ? 'sqs-fifo' : 'sqs';
}
