/**
 * A depositary declared for a bilateral treaty (the bilateral half of CF08): rare, and a sign of a
 * multilateral model, unless the text itself designates one (VCLT Art. 76(1)).
 */
import { concludedText } from '../../model/conclusion';
import type { SemanticModel } from '../../model/semantic-model';
import { removeStatementEdit } from '../support/conflict-edits';
import { removalFixes } from '../support/ordinary-helpers';
import { negotiators, viennaCitation } from '../support/vienna-convention';
import { defineRule } from '../rule';

export const bilateralTreatyDepositary = defineRule({
  code: 'bilateral-treaty-depositary',
  catalogueId: 'CF08',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'A bilateral treaty rarely has a depositary: the two parties usually exchange instruments directly (VCLT Art. 16(a)); keep the depositary only if the text of the treaty names one (Art. 76(1)).',
  rationale:
    'A depositary keeps the original and receives the instruments and notifications of the parties (VCLT Art. 77(1)). Between two parties the instruments are exchanged directly (Art. 16(a)) and notifications go "direct to the States for which it is intended" where "there is no depositary" (Art. 78(a)); the VCLT does not forbid a depositary for a bilateral treaty: "The designation of the depositary of a treaty may be made by the negotiating States, either in the treaty itself or in some other manner" (Art. 76(1)), whatever their number. Naming one is rare between two parties and often a sign that the text was copied from a multilateral model, so the finding asks the drafter to keep it only if the treaty\'s text names one. It is a warning under every profile (config/profiles.ts: neither `strict` nor `treaty-review` makes it an error): a lawful designation is no defect (an independent treaty lawyer\'s check, lr6 item 6; its first message said a bilateral treaty "has no depositary", which Art. 76(1) contradicts). The removal is offered, not preferred. Where the text itself designates the depositary — a clause tagged `about depositary` whose words name it, or any clause that says who "shall act as depositary" — the statement records what the treaty says and nothing is reported: "The Federal Public Service of Foreign Affairs, Foreign Trade and Development Cooperation of the Kingdom of Belgium (“The Belgian Government”) shall act as depositary to this Agreement. The depositary shall issue each Party with a certified copy of the original" (Benelux States–South Africa visa Agreement 2013, Art. 11, read: BWBV0006128; the three Benelux Governments one side against South Africa, hundred-and-seventeenth run, defect 3). On a concluded text that no such clause is transcribed for, the statement is the transcription\'s reading of the signed text, to be checked against it: a note under every profile. The multilateral half of CF08 (a multilateral treaty naming no depositary) is reported by `missing-depositary` (MC06).',
  source: 'VCLT Arts. 16(a), 76(1), 77(1), 78(a) (read: Dutch treaty series BWBV0003441); Benelux States–South Africa Agreement on the exemption of visa requirements (2013) Art. 11 (read: BWBV0006128)',
  findingCeilings: [{ severity: 'info', where: 'on a concluded text (the statement is the transcription\'s reading of the signed text, to be checked against it; hundred-and-seventeenth run, defect 3)' }],
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Treaty" {\n  status binding\n  depositary "Secretary-General of the United Nations"\n}\nparty EE "Estonia"\nparty FI "Finland"\n',
    fix: 'treaty "Treaty" {\n  status binding\n}\nparty EE "Estonia"\nparty FI "Finland"\n',
  },
  check({ model, report }) {
    const depositary = model.ast.instrument?.depositary;
    if (model.legalNature !== 'treaty' || !model.isBilateral || !depositary) return;
    if (textDesignatesDepositary(model)) return;
    const concluded = concludedText(model.ast) !== undefined;
    // The 1986 text designates depositaries in its Art. 77(1) and numbers the exchange Art. 16(1)(a) (read: BWBV0002302).
    const law = `${negotiators(model)} may designate "in the treaty itself or in some other manner" (${viennaCitation(model, 'Arts. 16(a), 76(1)', 'Arts. 16(1)(a), 77(1)')})`;
    report({
      range: depositary.keyword,
      message: concluded
        ? `A bilateral treaty rarely has a depositary, and no clause transcribed here names one: check the signed text, and keep this statement if it names a depositary, which ${law}; if it does not, the Parties exchange instruments directly and the statement goes.`
        : `A bilateral treaty rarely has a depositary: the Parties usually exchange instruments directly; keep this statement only if the text of the treaty names a depositary, which ${law}.`,
      fixes: removalFixes(removeStatementEdit(model, depositary), 'Remove the depositary statement (the Parties exchange instruments directly)', { preferred: false }),
      ...(concluded ? { profileCeiling: 'info' as const } : {}),
    });
  },
});

/** The words that designate a depositary: "shall act as depositary", "is the depositary of", "designated as depositary". */
const designation = /\b(?:acts?|serves?|functions?)\s+as\s+(?:the\s+)?depositary\b|\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:designated\s+as\s+)?(?:the\s+)?depositar(?:y|ies)\b|\bdesignated\s+as\s+(?:the\s+)?depositary\b/i;

/** A depositary named in the words of a clause tagged `about depositary` (any language the transcriptions use). */
const named = /\bdepositar(?:y|ies|is)\b|\bdépositaire\b/i;

/**
 * Whether the text itself designates the depositary: a clause tagged `about depositary` whose words
 * name one, or any clause whose words say who acts as depositary ("… shall act as depositary to this
 * Agreement", Benelux States–South Africa 2013, Art. 11; hundred-and-seventeenth run, defect 3).
 */
function textDesignatesDepositary(model: SemanticModel): boolean {
  if (model.clausesAbout('depositary').some((c) => named.test(model.clauseText(c) ?? ''))) return true;
  return model.ast.clauses.some((c) => designation.test(model.clauseText(c) ?? ''));
}
