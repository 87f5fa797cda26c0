/**
 * The recorded date of entry into force (`entered into force on 2013-07-01 "Trb. 2013, 123"`): a
 * fact the transcriber reads in a source, which the readings of consent take as the day by which
 * both Parties to a bilateral treaty had consented (model/conclusion.ts). A date that cannot be true
 * of the document is an error, and the readings ignore it: a draft has not entered into force, a day
 * after the reference day has not passed, and the text's own entry into force counted from an event
 * cannot precede that event. A date before the signature is otherwise a warning to check the source
 * (a treaty may provide a retroactive entry into force, VCLT Art. 24(1)), and nothing where the
 * text's words provide one (treaty lawyer lr20, defects 1–2; lr21, defects 1, 7, 9). A date without its source is a syntax problem (syntax/build-final-clauses.ts); an
 * impossible calendar date is `invalid-date`'s.
 */
import { entryIntoForceRecordProblem } from '../../model/conclusion';
import { defineRule } from '../rule';

export const invalidEntryIntoForceRecord = defineRule({
  code: 'invalid-entry-into-force-record',
  family: 'date',
  defaultSeverity: 'error',
  findingCeilings: [{ severity: 'warning', where: 'where the date falls before the signature (or the opening for signature) and the text neither provides a retroactive entry into force in words nor counts its entry into force from an event: the date may be a slip or a retroactive entry into force the transcription does not show, for the source to settle' }],
  message: 'Check the recorded date of entry into force against its source: on a draft, or after Entente’s reference day, it cannot stand; before the text’s signature it stands only where the treaty provides a retroactive entry into force.',
  rationale:
    'A treaty "enters into force in such manner and upon such date as it may provide or as the negotiating States may agree", and failing that "as soon as consent to be bound by the treaty has been established for all the negotiating States"; a State whose consent is established after the treaty has come into force is bound from that date (VCLT Art. 24(1)–(3)); consent is expressed by signature, an exchange of instruments, ratification, acceptance, approval or accession (Arts. 11–16). A draft has not entered into force at all, and a date after Entente’s reference day (data/reference-date.ts) has not passed and is not yet a fact to record: both are errors. A recorded date before the signature is compared with what bounds it: for a bilateral treaty or an exchange of notes, the last signature or the reply; for a treaty with more Parties, only the first signature (or the adoption) and the opening for signature, since a State whose consent to be bound is established after the treaty has come into force (by ratification, acceptance, approval or accession, or by a signature that expresses its consent; a signature subject to ratification does not) is bound from that date, unless the treaty otherwise provides (Art. 24(3)). A date before that bound is an error where the header counts the entry into force from an event (signature, notification, ratification), which cannot precede the text; otherwise a warning asking to check the source, since the date the parties agree may be an earlier one ("shall be deemed to have entered into force on …", Art. 24(1)); and nothing at all where the text’s words give its entry into force that earlier date ("shall be deemed to have entered into force on …", "shall enter into force … with retroactive effect from …", with no negation in the clause that has the treaty enter into force: one in a subordinate clause, "As the Parties were not able to sign it before that date, this Agreement shall be deemed to have entered into force on …", does not deny it; treaty lawyer lr22, D3), or state as its start or its date of entry into force the day of an `effect on` before the signature ("shall enter into force on 1 January 1991", the date it provides; lr22, D2), as `effect-before-signature` reads them. Words that deny retroactivity ("No provision … shall be applied retroactively") or that date only the treaty’s application ("shall have effect with effect from 1 January of the year following its entry into force", the tax-treaty form; "shall enter into force on the date of its signature and shall be applied with effect from 1 January 1991", where the verb nearest the day is one of application; lr22, D11) do not: applying a treaty to earlier facts or periods (Art. 28, "a different intention") does not move the day it entered into force, and a header’s `effect on` alone is a transcriber’s date, not the text’s words. The checks read a recorded date of entry into force as the day by which both Parties to a bilateral treaty had consented to be bound — whether a Member State concluded it before 24 May 2016 (GDPR Art. 96) or 6 May 2016 (Law Enforcement Directive Art. 61), and when each Party entered into it (UN Charter Art. 102) — so they ignore a date before the signature in every case: a retroactive date is fixed by agreement and says nothing of when a Party consented. A recorded date without its source is a syntax error, since no reviewer could check it.',
  source: 'VCLT Arts. 11–16, 24, 28 (read: Dutch treaty series BWBV0003441); own consistency check',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" {\n  done at "The Hague" on 2009-09-11\n  consent by ratification\n  entered into force on 2009-01-01 "Trb. 2009, 1"\n}\n',
    fix: 'treaty "Agreement" {\n  done at "The Hague" on 2009-09-11\n  consent by ratification\n  entered into force on 2010-01-01 "Trb. 2009, 1"\n}\n',
  },
  check({ model, report }) {
    const record = model.ast.instrument?.enteredIntoForce;
    const problem = record?.date ? entryIntoForceRecordProblem(model.ast) : undefined;
    if (!record?.date || !problem) return;
    if (problem.certain) report({ range: record.date.range, message: `The recorded entry into force is not possible here: ${problem.message}` });
    else report({ range: record.date.range, message: `Check the recorded entry into force: ${problem.message}`, profileCeiling: 'warning' });
  },
});

export const entryIntoForceRecordRules = [invalidEntryIntoForceRecord];
