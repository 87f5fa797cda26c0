/**
 * What a finding about the transcription's reading of a signed text says on that text, after "The
 * text is concluded (…):" (rules/rule.ts, `onConcludedText`): whether it binds, how its parties
 * consented, when it took effect (treaty lawyer lr31, D2).
 *
 * These are facts of its conclusion. Whether a signed memorandum binds turns on whether its parties
 * concluded it as an agreement "governed by international law" (VCLT Art. 2(1)(a), read: BWBV0003441),
 * and how and when consent was expressed in 1962, or when a memorandum of 2008 took effect, happened
 * then: they are read from the text and the record of its conclusion, never made by a later edit. No
 * amending instrument can make a 1978 memorandum have been binding. The general note ("the point is
 * for an amending instrument or the next draft", model/conclusion.ts) would turn the transcriber's
 * missing reading into a defect of the signed text, so these rules say what the reviewer does
 * instead: record the reading in the header, as the record shows.
 */

/** On `undeclared-status` and `status-undetermined`. */
export const statusOnConcludedText =
  'its status is a fact of its conclusion, not a point for an amending instrument: read it from the text and the record of its conclusion, and record that reading in the header (`status binding` or `status non-binding`), or `status undetermined` where they do not settle it. Nothing in the text is to be changed.';

/** On `missing-entry-into-force` and `missing-exchange-entry-into-force`. */
export const effectOnConcludedText =
  'when it took effect is a fact of its conclusion, not a point for an amending instrument: read it from the text and the record of its conclusion, and declare it in the header (`effect …`) as that record shows. Nothing in the text is to be changed.';
