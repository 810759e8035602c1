// `aicmo stats ab --a CONV/TRIALS --b CONV/TRIALS`: the z-test and Bayesian readings side by side.
import { AicmoError } from '../../orchestrator/domain/errors';
import { compareAb, parseArm, type AbResult } from '../../orchestrator/analytics';
import type { CommandGroup } from '../registry';

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

function abText(r: AbResult): string {
  return [
    `A: ${r.a.conversions}/${r.a.trials} = ${pct(r.a.rate)} (95 % credible ${pct(r.a.credibleInterval[0])} – ${pct(r.a.credibleInterval[1])})`,
    `B: ${r.b.conversions}/${r.b.trials} = ${pct(r.b.rate)} (95 % credible ${pct(r.b.credibleInterval[0])} – ${pct(r.b.credibleInterval[1])})`,
    `Difference B − A: ${pct(r.diff)} (95 % CI ${pct(r.diffCI[0])} – ${pct(r.diffCI[1])})`,
    `z-test: z = ${r.z === null ? 'undefined' : r.z.toFixed(3)}, two-sided p = ${r.pValue === null ? 'undefined' : r.pValue.toFixed(4)}`,
    `Bayesian (Beta(1,1) prior): P(B > A) = ${r.pBBeatsA.toFixed(4)}, expected loss of choosing B = ${pct(r.expectedLoss)}`,
    `Verdict: ${r.verdict}${r.reason ? ` (${r.reason})` : ''}`,
    `Rule: ${r.decisionRule}`,
  ].join('\n');
}

export const statsCommands: CommandGroup = {
  name: 'stats',
  summary: 'statistics: A/B comparison',
  commands: [
    {
      name: 'ab',
      summary: 'compare two arms (conversions/trials): z-test and Bayesian reading',
      usage: 'stats ab --a CONV/TRIALS --b CONV/TRIALS [--min-trials N]',
      options: { a: { type: 'string' }, b: { type: 'string' }, 'min-trials': { type: 'string' } },
      required: ['a', 'b'],
      async run(_ctx, { values }) {
        const arm = (flag: 'a' | 'b') => {
          try {
            return parseArm(values[flag] as string);
          } catch (e) {
            throw new AicmoError('invalid-input', `--${flag}: ${(e as Error).message}.`, { field: flag });
          }
        };
        const minText = values['min-trials'] as string | undefined;
        if (minText !== undefined && !/^\d+$/.test(minText)) throw new AicmoError('invalid-input', `--min-trials "${minText}" is not a whole number.`, { field: 'min-trials' });
        let r: AbResult;
        try {
          r = compareAb(arm('a'), arm('b'), { minTrials: minText === undefined ? undefined : Number(minText) });
        } catch (e) {
          if (e instanceof RangeError) throw new AicmoError('invalid-input', `${e.message}.`);
          throw e;
        }
        return { json: r, text: abText(r) };
      },
    },
  ],
};
