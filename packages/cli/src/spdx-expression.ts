/** An SPDX license expression as a tree: `(MIT OR Apache-2.0)`, `GPL-2.0-only WITH Classpath-exception-2.0`. */
export type SpdxExpression =
  | { kind: 'license'; id: string }
  | { kind: 'or' | 'and'; left: SpdxExpression; right: SpdxExpression };

const tokenize = (text: string): string[] => text.match(/[()]|[^\s()]+/g) ?? [];

/**
 * Parses an SPDX expression (AND binds tighter than OR; `WITH <exception>` keeps the license it qualifies, which
 * decides the verdict). Returns undefined for anything else, such as `SEE LICENSE IN LICENSE.md` or `Apache 2.0`.
 */
export function parseSpdxExpression(text: string): SpdxExpression | undefined {
  const tokens = tokenize(text);
  let position = 0;
  const peekOperator = (): string | undefined => tokens[position]?.toUpperCase();

  function parseAtom(): SpdxExpression | undefined {
    const token = tokens[position++];
    if (token === undefined || token === ')') return undefined;
    if (token === '(') {
      const inner = parseOr();
      return tokens[position++] === ')' ? inner : undefined;
    }
    if (['AND', 'OR', 'WITH'].includes(token.toUpperCase())) return undefined;
    if (peekOperator() === 'WITH') {
      position += 1;
      if (tokens[position++] === undefined) return undefined;
    }
    return { kind: 'license', id: token };
  }

  function parseBinary(kind: 'and' | 'or', parseOperand: () => SpdxExpression | undefined): SpdxExpression | undefined {
    let left = parseOperand();
    while (left !== undefined && peekOperator() === kind.toUpperCase()) {
      position += 1;
      const right = parseOperand();
      left = right === undefined ? undefined : { kind, left, right };
    }
    return left;
  }

  const parseAnd = (): SpdxExpression | undefined => parseBinary('and', parseAtom);
  const parseOr = (): SpdxExpression | undefined => parseBinary('or', parseAnd);

  const expression = parseOr();
  return position === tokens.length ? expression : undefined;
}
