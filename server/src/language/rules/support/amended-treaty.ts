/**
 * The treaty an instrument amends (`amends "…"`), and whether its title reads as amending one
 * ("concerning revision of the Convention …", "Protocol amending the Agreement …") without saying so
 * in the header. An amending instrument is a treaty of its own for its conclusion and entry into
 * force (VCLT Art. 39: "The rules laid down in Part II apply to such an agreement"), but the articles
 * of the treaty it replaces or inserts become part of that treaty's text, which lasts, ends, is
 * amended and has its disputes settled under its own final clauses — for the parties bound by the
 * amending agreement (Art. 40(4); between some parties only, Art. 41; eighty-fifth run, item 1; lr19, D4–D5).
 */
import type { Range } from '../../ast/positions';
import type { SemanticModel } from '../../model/semantic-model';
import { namesAFile } from '../../util/file-or-title';

export interface AmendedTreaty {
  /** How a message names it: "the Convention … signed at Jerusalem on April 25, 1984". */
  readonly name: string;
  /** The `amends` statement. */
  readonly range: Range;
}

export function amendedTreaty(model: SemanticModel): AmendedTreaty | undefined {
  const amends = model.ast.instrument?.amends;
  if (!amends) return undefined;
  const written = amends.treaty?.value.trim();
  // A file is named by the title it holds, when it was read (util/file-or-title.ts decides which the string is).
  const file = written && namesAFile(written);
  const title = file ? model.amendedFile?.model?.instrument?.title?.value.trim() : written;
  const name = !written ? 'the treaty it amends' : !title ? `the treaty of "${written}"` : /^the\s/i.test(title) ? title : `the ${title}`;
  return { name, range: amends.range };
}

/**
 * A title that says the instrument amends or revises another treaty: "… concerning revision of the
 * Convention …", "Protocol amending the Agreement …", "… on the amendment of the Treaty …". Read only
 * to suggest `amends` in a message: a title alone silences nothing (the text may also restate final
 * clauses of its own, or amend only an annex).
 */
const amendingTitle = /\b(?:revision|revising|amending|amendment|amendments|to\s+amend|to\s+revise)\s+(?:of\s+|to\s+)?(?:the\s+)?(?:\p{L}+\s+){0,2}?(Convention|Agreement|Treaty|Protocol)\b/iu;

export function titleSaysItAmends(model: SemanticModel): boolean {
  const instrument = model.ast.instrument;
  return instrument !== undefined && instrument.amends === undefined && amendingTitle.test(instrument.title?.value ?? '');
}
