/**
 * rf105, r107 D2 (hundred-and-seventh run, defect 2): missing-relation-to-other-obligations called
 * the NL–Sri Lanka 1981 and NL–Yemen 1978 technical cooperation Agreements silent, though Art. VII(4)
 * and Art. VI(4) say "This Agreement shall automatically terminate when a general multilateral
 * agreement on technical cooperation, involving both Governments, comes into force" (BWBV0002681,
 * BWBV0003790): an express rule on that later agreement (VCLT Art. 54(a)). The finding now names the
 * clause and asks only about the rest of the parties' obligations (there, Community law), which the
 * clause does not settle; near misses that do not end this text on another agreement's entry into
 * force keep the plain finding.
 */
import assert from 'node:assert/strict';
import type { EntenteDiagnostic } from '../../server/src/language';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';

const relation = (all: readonly EntenteDiagnostic[]) => all.filter((d) => d.code === 'missing-relation-to-other-obligations');
const profiles = ['default', 'strict', 'treaty-review', 'mou-review'] as const;
const automatic = 'This Agreement shall automatically terminate when a general multilateral agreement on technical cooperation, involving both Governments, comes into force';
const draft = (words: string) =>
  `treaty "Agreement on technical cooperation" {\n  status binding\n}\nparty NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }\nparty LK "The Government of the Democratic Socialist Republic of Sri Lanka" { kind government jurisdiction LK }\nclause Final "Article VII" about termination """\n  ${words}\n"""\n`;

describe('rf105 (r107 D2): a clause ending the treaty when a later agreement comes into force is named', () => {
  for (const [file, clause] of [
    ['nl-lk-technical-cooperation-1981', 'clause ArtVII \\("Article VII"\\)'],
    ['nl-ye-technical-cooperation-1978', 'clause ArtVI \\("Article VI"\\)'],
  ] as const) {
    it(`${file}: the automatic-termination clause is named (VCLT Art. 54(a)), Community law is what is left, a note under every profile`, () => {
      for (const profile of profiles) {
        const [d, ...rest] = relation(diagnose(repoText(`test/real-instruments/${file}.entente`), { settings: { profile } }));
        assert.deepEqual(rest, []);
        assert.equal(d?.severity, 'info', profile);
        assert.match(d.message, new RegExp(`^The treaty says how it relates to a later agreement: ${clause} ends it on that agreement’s entry into force \\("${automatic}"; VCLT Art\\. 54\\(a\\)`, 'u'));
        assert.match(d.message, /it does not say how it relates to the parties’ other obligations \(NL acts for or in its State, a Member State of the European Communities/u);
        assert.doesNotMatch(d.message, /silent/u);
      }
    });
  }

  it('on a draft the clause is named and a clause for the rest is still asked for', () => {
    const [d, ...rest] = relation(diagnose(draft(`${automatic}.`)));
    assert.deepEqual(rest, []);
    assert.match(d?.message ?? '', /^Say how this treaty relates to the parties’ other obligations \(NL acts for or in its State, an EU Member State bound by Union law\); as to a later agreement, clause Final \("Article VII"\) ends it on that agreement’s entry into force/u);
    assert.match(d.message, /add a clause that it is without prejudice to their rights and obligations under other agreements, or which prevails/u);
    // Other words of the same rule.
    for (const words of ['This Agreement shall cease to have effect upon the entry into force of a multilateral convention on technical cooperation binding on both Parties.', 'The present Agreement shall expire on the date on which any agreement replacing it enters into force.']) {
      assert.match(relation(diagnose(draft(words)))[0]?.message ?? '', /as to a later agreement, clause Final/u, words);
    }
  });

  it('near misses: another agreement ending, this text entering into force, or an annex ending keep the plain finding', () => {
    for (const words of [
      'This Agreement shall terminate when the Agreement of 1959 between the two Governments ceases to be in force.',
      'This Agreement shall enter into force when a general multilateral agreement on technical cooperation comes into force.',
      'The Annex shall cease to apply when a general multilateral agreement on technical cooperation comes into force.',
      'This Agreement shall remain in force for an initial period of two years.',
    ]) {
      const [d, ...rest] = relation(diagnose(draft(words)));
      assert.deepEqual(rest, [], words);
      assert.doesNotMatch(d?.message ?? '', /later agreement|54\(a\)/u, words);
      assert.match(d?.message ?? '', /^Say how this treaty relates to the parties’ other obligations/u, words);
    }
  });
});
