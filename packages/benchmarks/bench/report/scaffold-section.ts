import { formatRatio, formatSeconds, markdownTable, ratio } from '../../src/index.js';
import { SCAFFOLD_BLUEPRINT, SCAFFOLDED_FUNCTION, type ScaffoldFigures } from '../suites/scaffold-suite.js';
import { commandRunCell } from './command-run-cell.js';
import type { ReportSection } from './report-section.js';

/** The section, or what it says when the generator could not be measured (`missing` is why). */
export function scaffoldSection(figures: ScaffoldFigures | { missing: string }): ReportSection {
  const heading = ['## Scaffold-to-green', ''];
  if ('missing' in figures) {
    return {
      markdown: [...heading, `Not measured: ${figures.missing}. The generator is not in this workspace yet.`].join(
        '\n',
      ),
      bars: [],
    };
  }
  const { createFunction, copyByHand, functionTests, blueprintTests } = figures;
  const total = createFunction.seconds + functionTests.seconds;
  const referenceTotal = copyByHand.seconds + blueprintTests.seconds;
  const rows = [
    [
      `\`pnpm create-function --name ${SCAFFOLDED_FUNCTION} --blueprint ${SCAFFOLD_BLUEPRINT} --yes\``,
      commandRunCell(createFunction),
      `copying blueprints/${SCAFFOLD_BLUEPRINT} by hand, renaming the package, linking it from the store as create-function does`,
      commandRunCell(copyByHand),
      formatRatio(ratio(createFunction.seconds, copyByHand.seconds)),
    ],
    [
      `the new function's tests, \`pnpm --filter ${SCAFFOLDED_FUNCTION} test\``,
      commandRunCell(functionTests),
      `the blueprint's own tests, in place`,
      commandRunCell(blueprintTests),
      formatRatio(ratio(functionTests.seconds, blueprintTests.seconds)),
    ],
    [
      'scaffold-to-green',
      formatSeconds(total),
      'by hand, then the tests',
      formatSeconds(referenceTotal),
      formatRatio(ratio(total, referenceTotal)),
    ],
  ];
  const markdown = [
    ...heading,
    "No target: for context. In a temporary copy of the workspace (never the real functions/), the generator's " +
      "documented command, then the new function's tests (build, handler, infra, and integration against a local " +
      'SQS emulator), each beside the alternative a team has without the generator.',
    '',
    markdownTable(
      [
        { header: 'step' },
        { header: 'time', numeric: true },
        { header: 'reference' },
        { header: 'reference time', numeric: true },
        { header: 'vs reference', numeric: true },
      ],
      rows,
    ),
  ].join('\n');
  return { markdown, bars: [] };
}
