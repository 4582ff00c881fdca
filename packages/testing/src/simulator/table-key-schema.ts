import type { TableKeyAttribute } from './mapping-settings.js';

interface KeySchemaElement {
  AttributeName?: unknown;
  KeyType?: unknown;
}

interface AttributeDefinition {
  AttributeName?: unknown;
  AttributeType?: unknown;
}

const isAttributeType = (type: unknown): type is TableKeyAttribute['type'] =>
  type === 'S' || type === 'N' || type === 'B';

/**
 * The key attributes of an AWS::DynamoDB::Table or GlobalTable from its resolved KeySchema and AttributeDefinitions,
 * the partition (HASH) key first, then the sort (RANGE) key. Undefined when they do not describe a key, as for a table
 * the template only imports (CloudFormation refuses a table without one HASH key typed S, N or B).
 */
export function tableKeyAttributes(keySchema: unknown, attributeDefinitions: unknown): TableKeyAttribute[] | undefined {
  if (!Array.isArray(keySchema) || !Array.isArray(attributeDefinitions)) return undefined;
  const elements = keySchema as KeySchemaElement[];
  const hash = elements.filter((element) => element.KeyType === 'HASH');
  const range = elements.filter((element) => element.KeyType === 'RANGE');
  if (hash.length !== 1 || range.length > 1 || hash.length + range.length !== elements.length) return undefined;
  const definitions = attributeDefinitions as AttributeDefinition[];
  const attributes = [...hash, ...range].map(({ AttributeName: name }) => ({
    name,
    type: definitions.find((definition) => definition.AttributeName === name)?.AttributeType,
  }));
  return attributes.every(
    (attribute): attribute is TableKeyAttribute =>
      typeof attribute.name === 'string' && isAttributeType(attribute.type),
  )
    ? attributes
    : undefined;
}
