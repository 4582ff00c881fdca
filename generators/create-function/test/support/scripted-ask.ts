import type { Ask, Question } from '../../src/prompts.js';

/**
 * An Ask that answers like a user pressing enter (each question's default, the first choice, nothing ticked, yes),
 * except for the questions whose message starts with a key of `replies`, and records every question asked.
 */
export function scriptedAsk(replies: Record<string, unknown> = {}): Ask & { asked: Question[] } {
  const asked: Question[] = [];
  const ask = async (question: Question): Promise<unknown> => {
    asked.push(question);
    const reply = Object.entries(replies).find(([start]) => question.message.startsWith(start));
    if (reply !== undefined) return reply[1];
    if (question.type === 'input') return question.default ?? '';
    if (question.type === 'list') return question.default ?? question.choices[0]?.value;
    if (question.type === 'checkbox') return [];
    return question.default;
  };
  return Object.assign(ask, { asked });
}
