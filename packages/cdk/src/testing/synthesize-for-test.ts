import type { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';

/** A synthesized template as plain JSON, as far as template readers need it. */
export interface TemplateJson {
  Resources?: Record<string, { Type: string; Properties?: Record<string, unknown>; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** A stack with its synthesized template, as aws-cdk-lib's assertions and as plain JSON. */
export interface SynthesizedStack<TStack extends Stack> {
  stack: TStack;
  template: Template;
  json: TemplateJson;
}

/** Synthesizes `stack` in process (its app's context and output folder apply). */
export function synthesizeForTest<TStack extends Stack>(stack: TStack): SynthesizedStack<TStack> {
  const template = Template.fromStack(stack);
  return { stack, template, json: template.toJSON() as TemplateJson };
}
