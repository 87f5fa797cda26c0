/**
 * The recorded date of entry into force (`entered into force on 2013-07-01 "Trb. 2013, 123"`): a
 * fact the transcriber reads in a source, which the readings of consent take as the day by which
 * both Parties to a bilateral treaty had consented (model/conclusion.ts). A date that cannot be true
 * of the document is an error, and the readings ignore it: a draft has not entered into force, a
 * treaty does not enter into force before it is concluded, and a day after the reference day has not
 * passed. A date without its source is a syntax problem (syntax/build-final-clauses.ts); an
 * impossible calendar date is `invalid-date`'s.
 */
import { entryIntoForceRecordProblem } from '../../model/conclusion';
import { defineRule } from '../rule';

export const invalidEntryIntoForceRecord = defineRule({
  code: 'invalid-entry-into-force-record',
  family: 'date',
  defaultSeverity: 'error',
  message: 'Correct the recorded date of entry into force from its source, or remove the statement: it must fall on or after the text’s conclusion, on a concluded text, and not after Entente’s reference day.',
  rationale:
    'A treaty "enters into force in such manner and upon such date as it may provide or as the negotiating States may agree", and failing that "as soon as consent to be bound by the treaty has been established for all the negotiating States" (VCLT Art. 24(1)–(2)); consent is expressed by signature, an exchange of instruments, ratification, acceptance, approval or accession (Arts. 11–16). So a treaty cannot enter into force before it is signed, before its notes are exchanged, or before it is opened for signature, and a draft has not entered into force at all. The checks read a recorded date of entry into force as the day by which both Parties to a bilateral treaty had consented to be bound — whether a Member State concluded it before 24 May 2016 (GDPR Art. 96) or 6 May 2016 (Law Enforcement Directive Art. 61), and when each Party entered into it (UN Charter Art. 102) — so a date that cannot be true would settle those questions wrongly: it is an error, and the readings ignore it until it is corrected. A date after Entente’s reference day (data/reference-date.ts) has not passed and is not yet a fact to record. A recorded date without its source is a syntax error, since no reviewer could check it.',
  source: 'VCLT Arts. 11–16, 24 (read: Dutch treaty series BWBV0003441); own consistency check',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" {\n  done at "The Hague" on 2009-09-11\n  consent by ratification\n  entered into force on 2009-01-01 "Trb. 2009, 1"\n}\n',
    fix: 'treaty "Agreement" {\n  done at "The Hague" on 2009-09-11\n  consent by ratification\n  entered into force on 2010-01-01 "Trb. 2009, 1"\n}\n',
  },
  check({ model, report }) {
    const record = model.ast.instrument?.enteredIntoForce;
    const problem = record?.date ? entryIntoForceRecordProblem(model.ast) : undefined;
    if (!record?.date || !problem) return;
    report({ range: record.date.range, message: `The recorded entry into force is not possible here: ${problem}` });
  },
});

export const entryIntoForceRecordRules = [invalidEntryIntoForceRecord];
