/**
 * A resolved CloudFormation value as cdk-nag writes it in a finding id: `Fn::Join` joined, `Ref` as `<Name>`,
 * `Fn::GetAtt` as `<LogicalId.Attribute>`, `${X}` of `Fn::Sub` as `<X>`. An acknowledgement must name the finding
 * exactly (`AwsSolutions-IAM5[Resource::<text>]`), so this follows cdk-nag's flattenCfnReference to the letter.
 */
export function cfnReferenceText(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\$\{/g, '<').replace(/\}/g, '>');
  if (value !== null && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    const join = node['Fn::Join'];
    if (Array.isArray(join)) {
      const [delimiter, items] = join as [string, unknown[]];
      return items.map(cfnReferenceText).join(delimiter);
    }
    if (node['Fn::Sub']) return cfnReferenceText(node['Fn::Sub']);
    const getAtt = node['Fn::GetAtt'];
    if (Array.isArray(getAtt)) return `<${cfnReferenceText(getAtt[0])}.${cfnReferenceText(getAtt[1])}>`;
    if (node['Fn::ImportValue']) return cfnReferenceText(node['Fn::ImportValue']);
    if (node.Ref) return `<${cfnReferenceText(node.Ref)}>`;
  }
  return JSON.stringify(value);
}
