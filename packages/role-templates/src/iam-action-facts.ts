import { MissingActionFactsError } from './errors.js';
import facts from './iam-action-facts.generated.json' with { type: 'json' };
import type { ActionFacts } from './types.js';

const factsByAction: Readonly<Record<string, ActionFacts>> = facts.actions;

/** What IAM's service reference says about a catalog action (from the committed, generated facts file). */
export function actionFacts(action: string): ActionFacts {
  const found = factsByAction[action];
  if (found === undefined) throw new MissingActionFactsError(action);
  return found;
}
