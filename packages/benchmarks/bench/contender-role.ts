/** What a contender is to the blueprint it is compared with. */
export type ContenderRole =
  | 'floor'
  | 'blueprint'
  | 'ceiling'
  | 'powertools-inner-schema'
  | 'powertools-record-schema'
  | 'nodejs-function-defaults';

export const contenderNames: Readonly<Record<ContenderRole, string>> = {
  floor: 'empty handler (the floor)',
  blueprint: 'the blueprint, dist/handler.mjs',
  ceiling: 'hand-written loop (the ceiling)',
  'powertools-inner-schema': 'Powertools, innerSchema (as documented)',
  'powertools-record-schema': 'Powertools, record schema built once',
  'nodejs-function-defaults': 'the blueprint, bundled with NodejsFunction defaults',
};
