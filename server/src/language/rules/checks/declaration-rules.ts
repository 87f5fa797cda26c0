/**
 * Declarations: the same id declared twice, declarations nothing relies on, a second instrument
 * header, and `use`/`annex … of` paths that lead nowhere.
 *
 * What "unused" means for a drafter (each a deliberate choice, documented in the rationale):
 * - a party is never unused: every party declared in the instrument signs it;
 * - channels, protocols, exercises, cooperation blocks and clauses are the substance of the
 *   instrument and stand on their own;
 * - a security agreement is there to cover classified exchange: unused when no channel
 *   classifies under it;
 * - a named contact is unused when channels, protocols or exercises list contacts and none lists
 *   this one, except a 24/7 contact while the instrument has protocols, exercises or assistance
 *   that name no contacts: that is the party's urgent point of contact (MC13);
 * - a governance body with no members that nobody escalates to does nothing.
 */
import type { Channel, Contact, Declaration, GovernanceBody, HeaderItem, SecurityAgreement, Word } from '../../ast/nodes';
import type { Range } from '../../ast/positions';
import { instrumentRow, rowOf } from '../../constructs/table';
import { declarationParts, sameWords } from '../../model/document-change';
import { linkedDocuments } from '../../model/implementation';
import type { UsedFile } from '../../model/imports';
import { titleInstead } from '../../util/file-or-title';
import { usedBySlots } from '../../model/reference-list';
import { concludedText } from '../../model/conclusion';
import { bodyNamedInText, unusedBodyFinding } from '../support/body-named-in-text';
import { referenceKindNames, type DeclaredSymbol } from '../../model/symbols';
import { deleteDeclarationEdit, removalFixes } from '../support/ordinary-helpers';
import { quoteInput } from '../../util/bounded-text';
import { someKeyRepeatedIn } from '../../util/key-counts';
import { defineRule } from '../rule';
import { annexStatusDiffers, statusUndetermined, undeclaredStatus } from './status-declaration';


export const duplicateDeclaration = defineRule({
  code: 'duplicate-declaration',
  family: 'declaration',
  defaultSeverity: 'error',
  message: 'Give each declaration its own id, or merge the two.',
  rationale:
    'References resolve by id; with two declarations of the same id, a channel or protocol naming it is ambiguous and only the first one is checked. A bare `participant EE` that takes its record from a used registry is not a duplicate of that record.',
  source: 'Entente language reference (declarations)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI\nchannel Intel between FI, EE\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI\n',
  },
  check({ model, report }) {
    // Whether any kind and name is declared twice, from each declaration's keys (kept with its
    // node) counted per key, the count patched where a keystroke changed a declaration's keys
    // (util/key-counts.ts): no pass over every symbol of the document, in prose or in a name
    // being typed. Only when some key repeats are the symbols grouped.
    if (!someKeyRepeatedIn('declared-keys', model, declarationParts('declared-keys', model, '', declaredKeys, sameWords))) return;
    const groups = new Map<string, DeclaredSymbol[]>();
    for (const symbol of model.symbols) {
      // Defined terms have their own check (duplicate-defined-term).
      if (symbol.kind === 'term') continue;
      const key = `${symbol.kind}:${symbol.name}`;
      const group = groups.get(key);
      if (group) group.push(symbol);
      else groups.set(key, [symbol]);
    }
    const duplicateParties = new Set([...groups.values()].filter((g) => g.length > 1 && g[0].kind === 'party').map((g) => g[0].name));
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const [first, ...rest] = group;
      // Contacts of a party declared twice are reported through the party.
      if (first.kind === 'contact' && duplicateParties.has(first.name.split('.')[0])) continue;
      const what = referenceKindNames[first.kind] ?? first.kind;
      for (const symbol of rest) {
        report({
          range: symbol.nameRange,
          message: `The ${what} '${first.name}' is already declared: rename this one or merge the two.`,
          related: [{ uri: model.uri, range: first.nameRange, message: `First declaration of '${first.name}'` }],
        });
      }
    }
  },
});

/**
 * The kinds and names a declaration declares (its symbols, model/linker.ts; defined terms
 * aside), as one string, each followed by a NUL; '' for none.
 */
function declaredKeys(d: Declaration): string {
  let keys = '';
  for (const symbol of rowOf(d).declares(d)) if (symbol.kind !== 'term') keys += `${symbol.kind}:${symbol.name}\u0000`;
  return keys;
}

/** The members of each channel for whom it names no contact (each channel's kept with its node: asked of every channel on every analysis). */
function membersWithoutNamedContact(channels: readonly Channel[]): Set<string> {
  const members = new Set<string>();
  for (const channel of channels) for (const member of unnamedMembers(channel)) members.add(member);
  return members;
}

/**
 * The members of one channel for whom it names no contact, a function of the node kept with it:
 * the pass over every member and every contact of every channel (members × contacts each) ran
 * on every keystroke (10k profile: the check's hottest line).
 */
function unnamedMembers(channel: Channel): readonly string[] {
  let unnamed = unnamedMembersOf.get(channel);
  if (!unnamed) {
    const named = new Set<string>();
    for (const contact of channel.contacts) named.add(contact.party.text);
    const found: string[] = [];
    for (const member of channel.members) if (!named.has(member.text)) found.push(member.text);
    unnamedMembersOf.set(channel, (unnamed = found));
  }
  return unnamed;
}

const unnamedMembersOf = new WeakMap<Channel, readonly string[]>();

export const unusedDeclaration = defineRule({
  code: 'unused-declaration',
  family: 'declaration',
  defaultSeverity: 'warning',
  message: 'Use this declaration (a body: give it a mandate or members, escalate to it, or name it in a clause), or delete it if the instrument does not need it.',
  rationale:
    'A security agreement no channel classifies under (here, or in the treaty or implementing arrangement linked by `implements` / `implemented by`; a registry file — no instrument header, no channel — is read by the files that `use` it and is not checked for this), a named contact no channel lists while channels do list contacts (unless its party is a member of a channel that names no contact for it, which then reaches the party through the contacts on its declaration as missing-points-of-contact accepts, or it is a 24/7 contact and the instrument has incident protocols, exercises or assistance that name no contacts, which then rely on the party’s urgent point of contact), and a governance body with no members and no mandate that nobody escalates to and no clause names have no effect in the instrument: either a reference to them is missing or they are left over. Parties are never unused (every declared party signs), and channels, protocols, exercises and clauses stand on their own; so does a body given a mandate, whose members may be whoever each case concerns ("an Advisory Committee composed solely of representatives of the Governments and NATO Organizations involved in the transaction may be created", NATO Agreement on the communication of technical information for defence purposes, 1970, Art. III(C)), and a body the text names, which is the body the text sets up and works through whoever its members are: OPCAT\'s "Subcommittee on Prevention … shall be established and shall carry out the functions laid down in the present Protocol" (Art. 2(1)), and its members "serve in their individual capacity" (Art. 5(6)). A clause names a body when it writes the body\'s title, or the title\'s leading capitalised words and as many more of its words as it goes on with, after "the" or "a" ("the Subcommittee on Prevention"); a name the text carries on with other capitalised words ("the Subcommittee on Accreditation", "the Committee of the Parties") is another body\'s, and a title written only in the body\'s own declaration names nothing. The message names every remedy, and deletion only where the instrument is not to set the body up.',
  source: 'Entente consistency check (declarations); NATO Agreement on the communication of technical information for defence purposes (1970) Art. III(C) (read: Dutch treaty series BWBV0004399); Optional Protocol to the Convention against Torture (2002) Arts. 2(1), 5(6) (read: Dutch treaty series BWBV0004712)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger:
      'participant EE "Estonia"\nparticipant FI "Finland"\nsecurity-agreement GSA between EE, FI up to SECRET\nchannel Intel between EE, FI {\n  carries indicators\n}\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nsecurity-agreement GSA between EE, FI up to SECRET\nchannel Intel between EE, FI {\n  carries classified\n  classification SECRET under GSA\n}\n',
  },
  check({ model, report }) {
    // The security agreements, bodies and contacts some slot reference resolves to, kept with the
    // reference list and patched with it after a keystroke (model/reference-list.ts).
    const used = usedBySlots(model.references);
    const unused = (node: SecurityAgreement | GovernanceBody | Contact, name: { text: string; range: DeclaredSymbol['range'] }, message: string, onConcludedText?: string) =>
      report({
        range: name.range,
        message,
        tags: ['unnecessary'],
        ...(onConcludedText ? { onConcludedText } : {}),
        // Deleting a body nobody sits on or escalates to removes nothing anyone relies on. A
        // security agreement is the record of the agreement that protects classified material
        // (the finding's other remedy, `classification <level> under …`, is usually the right
        // one), and a contact is a party's point of contact, often its only 24/7 one, "unused"
        // only because a reference to it is misspelt: deleting either removes a safeguard and
        // may leave new errors (quick-fix review, item 21). The drafter deletes them by hand.
        fixes: node.type === 'GovernanceBody' ? removalFixes(deleteDeclarationEdit(model, node.range), `Delete '${name.text}' from the instrument`, { preferred: false }) : [],
      });
    // The agreement an implementing arrangement declares again, with its table, serves the
    // treaty's channels under the same agreement (and the reverse).
    const linkedUse = new Set(linkedDocuments(model).flatMap((doc) => doc.ast.channels.flatMap((c) => (c.securityAgreement ? [c.securityAgreement.text] : []))));
    // A file with no instrument header and no channel is a registry other files `use`: nothing
    // in it could classify under its agreements, which serve the channels of those files.
    const registry = !model.ast.instrument && model.ast.channels.length === 0;
    for (const agreement of registry ? [] : model.ast.securityAgreements) {
      if (agreement.id && !used.has(agreement) && !linkedUse.has(agreement.id.text)) {
        unused(agreement, agreement.id, `No channel classifies under the security agreement '${agreement.id.text}': write \`classification <level> under ${agreement.id.text}\` in the channel it covers, or delete it.`);
      }
    }
    const listsContacts = [...model.ast.channels, ...model.ast.protocols, ...model.ast.exercises].some((d) => d.contacts.length > 0);
    // Protocols, exercises and assistance that name no contacts reach a party through its 24/7
    // contact (MC13 asks for one): such a contact is in use though nothing lists it.
    const urgentOperations =
      [...model.ast.protocols, ...model.ast.exercises].some((d) => d.contacts.length === 0) || model.ast.assistance.length > 0;
    // A channel that names no contact for one of its members reaches it through the contacts on
    // its declaration, as missing-points-of-contact accepts (eleventh real-instrument run: DHS,
    // the US contact on the EU–US PNR channel, was reported unused while it was the only one).
    const reachedThroughParty = membersWithoutNamedContact(model.ast.channels);
    if (listsContacts) {
      for (const party of model.ast.parties) {
        if (party.id && reachedThroughParty.has(party.id.text)) continue;
        for (const contact of party.contacts) {
          if (urgentOperations && contact.availability?.value === '24/7') continue;
          if (party.id && contact.id && !used.has(contact)) {
            unused(contact, contact.id, `Nothing lists the contact ${party.id.text}.${contact.id.text}: add it to the \`contacts\` of a channel, protocol or exercise, or delete it.`);
          }
        }
      }
    }
    for (const body of model.ast.bodies) {
      // A body given a mandate is established for that function even when no member is listed:
      // its members may be whoever each case concerns ("representatives of the Governments and NATO Organizations
      // involved in the transaction", NATO technical information Agreement 1970, Art. III(C)).
      // A body the text's clauses name is the body the text sets up and works through, whoever its
      // members are (OPCAT's Subcommittee on Prevention, whose members serve in their individual
      // capacity, Art. 5(6); seventy-eighth run): asked last, since it reads the clauses.
      if (body.id && body.members.length === 0 && !body.mandate && !used.has(body) && !bodyNamedInText(model, body)) {
        const finding = unusedBodyFinding(body.id.text, body.name?.value, concludedText(model.ast) !== undefined);
        unused(body, body.id, finding.message, finding.onConcludedText);
      }
    }
  },
});

export const secondInstrumentHeader = defineRule({
  code: 'second-instrument-header',
  family: 'declaration',
  defaultSeverity: 'error',
  message: 'Keep one instrument header per file: move this one into its own file (an annex) or merge it with the first.',
  rationale: 'A file is one instrument. With two headers, only the first is analysed, so the second header’s terms are silently ignored.',
  source: 'Entente language reference (files)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'memorandum "First" {\n  status non-binding\n}\nmemorandum "Second" {\n  status non-binding\n}\n',
    fix: 'memorandum "First" {\n  status non-binding\n}\n',
  },
  check({ model, report }) {
    const [first, ...rest] = model.ast.instruments;
    for (const instrument of rest) {
      report({
        range: instrument.kind.text ? instrument.kind.range : instrument.range,
        message: 'This file already has an instrument header: move this one into its own file (e.g. as an annex) or merge it with the first.',
        related: [{ uri: model.uri, range: first.kind.text ? first.kind.range : first.range, message: 'The first instrument header' }],
      });
    }
  },
});

/** Where a header statement starts: its keyword (`effect`, `signed`), else the statement. */
function keywordRange(item: HeaderItem): Range {
  const keyword: Range | Word | undefined = 'keyword' in item ? item.keyword : undefined;
  if (!keyword) return item.range;
  return 'range' in keyword ? keyword.range : keyword;
}

export const duplicateHeaderStatement = defineRule({
  code: 'duplicate-header-statement',
  family: 'declaration',
  defaultSeverity: 'error',
  message: 'Write each header statement once: merge the two into one statement.',
  rationale:
    'A header states each final clause once: when the instrument takes effect, how long it lasts, how it is amended. The header keeps the first of two `effect` (or `duration`, `consent`, `status`, `languages`, `depositary`, `disputes`, `amendment`…) statements, so the second is silently ignored by every check, the date hints and the export, while the drafter reads it as part of the instrument; two entries into force are also a contradiction in the text itself. Several signatures are one statement (`signed by US at "Washington" on 1978-07-25, by NL at "The Hague" on 1978-08-24`). Statements that add to each other may repeat: `incorporates` (several groups of provisions of a parent, ETS 189 Art. 8), `implemented by` (one per article), and `subsequently` once per means of consent (`subsequently 60 days after ratification` beside `subsequently … after accession`: the Hague Service Convention 1965 gives ratifying and acceding States dates of their own, Arts. 27–28); a second `subsequently` that speaks of States an earlier one already gives a date (the same act, or `consent-to-be-bound`, which is every act) is reported.',
  source: 'Entente language reference (grammar/README.md, the instrument header)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'treaty "Agreement" {\n  status binding\n  effect on signature\n  effect after last notification\n}\n',
    fix: 'treaty "Agreement" {\n  status binding\n  effect after last notification\n}\n',
  },
  check({ model, report }) {
    const rows = instrumentRow.statements?.rows;
    if (!rows) return;
    for (const instrument of model.ast.instruments) {
      const first = new Map<HeaderItem['type'], HeaderItem>();
      for (const item of instrument.items) {
        const row = rows[item.type];
        if (row.repeats) continue;
        // A `subsequently` for other States than the first's (`… after ratification`, `… after accession`) is read too (ast/later-consents.ts).
        if (item.type === 'SubsequentEffect' && instrument.subsequentEffects.includes(item) && first.has(item.type)) continue;
        const earlier = first.get(item.type);
        if (!earlier) {
          first.set(item.type, item);
          continue;
        }
        const merge =
          item.type === 'Signature'
            ? 'write every signature in one statement, separated by commas (`signed by US at "Washington" on 1978-07-25, by NL at "The Hague" on 1978-08-24`)'
            : item.type === 'SubsequentEffect'
              ? 'merge the two, or let each count from the act of the States it speaks of (`subsequently … after ratification`, `subsequently … after accession`)'
              : `merge the two into one \`${row.display}\` statement`;
        const second =
          item.type === 'SubsequentEffect'
            ? `A further \`${row.display}\` statement for States an earlier one already gives a date (the same act, or every consent): it is not read`
            : `A second \`${row.display}\` statement in the header: only the first is read`;
        report({
          range: keywordRange(item),
          message: `${second}, so this one is ignored by the checks, the date hints and the export. Decide which is meant and ${merge}.`,
          related: [{ uri: model.uri, range: keywordRange(earlier), message: `The first \`${row.display}\` statement` }],
        });
      }
    }
  },
});

export const unresolvedFile = defineRule({
  code: 'unresolved-file',
  family: 'declaration',
  defaultSeverity: 'error',
  message: 'Correct the path: no file is found there (paths are relative to this file).',
  rationale:
    'A `use` brings in parties, contacts and security agreements from a shared registry, `annex … of` links an annex to its parent, `implements` / `implemented by` link an implementing arrangement and its treaty, `incorporates … from` names the instrument whose provisions apply, and `amends` the treaty amended; when the file cannot be found, every name it should supply is unknown, the annex loses its parent’s parties and status, neither side of an implementing arrangement is credited with what the other contains, and an incorporated provision cannot be checked. `of`, `implements`, `incorporates … from` and `amends` may instead name an instrument that is not transcribed by its title, and one test decides which the string is, for all four: a string that ends in `.entente`, or one word (no space) with a `/`, a `\\` or a file extension (`../treaty`, `treaty.entnte`), is a file, looked for and reported here when it leads nowhere (the message says a title is accepted); any other string — words with spaces, or one word with neither (`"GSOIA"`) — is a title, for which no file is looked for and nothing is reported: the instrument is treated as implementing, incorporating from or amending that treaty.',
  source: 'Entente language reference (cross-file references)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'use "registry/missing.entente"\nparticipant EE "Estonia"\n',
    fix: 'participant EE "Estonia"\n',
  },
  check({ model, report }) {
    // Files refused by the workspace boundary or a limit are file-not-read's findings (file-rules.ts).
    for (const file of model.usedFiles) {
      if (file.uri === undefined && (file.failure ?? 'not-found') === 'not-found') report({ range: file.path.range, message: `Cannot find "${quoteInput(file.path.value)}" (relative to this file): correct the path or remove the use.` });
    }
    const notFound = (file: UsedFile | undefined): file is UsedFile => file !== undefined && file.uri === undefined && (file.failure ?? 'not-found') === 'not-found';
    // Each of these strings may also be a title (util/file-or-title.ts); a file is what the
    // drafter meant only where the string reads as one, and the message says a title is accepted.
    const parent = model.parentFile;
    if (notFound(parent)) {
      report({ range: parent.path.range, message: `Cannot find the parent instrument "${quoteInput(parent.path.value)}" (relative to this file): correct the path, or, if the parent is not transcribed, ${titleInstead('of')}.` });
    }
    for (const file of model.incorporatedFiles) {
      if (notFound(file)) report({ range: file.path.range, message: `Cannot find "${quoteInput(file.path.value)}", whose provisions this instrument incorporates (relative to this file): correct the path, or, if that instrument is not transcribed, ${titleInstead('from')}.` });
    }
    // `implements "<title>"` names a treaty that is not transcribed (the 1955 Agreement the 1959
    // notes implement): no file is looked for, and the arrangement is still an implementing one.
    const treaty = model.implementedFile;
    if (notFound(treaty)) {
      report({
        range: treaty.path.range,
        message: `Cannot find the treaty "${quoteInput(treaty.path.value)}" (relative to this file): correct the path; if the treaty is not transcribed, ${titleInstead('implements')}, or declare it as a \`security-agreement … { concluded … }\` and write \`implements <its id>\`.`,
      });
    }
    const amended = model.amendedFile;
    if (notFound(amended)) {
      report({ range: amended.path.range, message: `Cannot find the treaty "${quoteInput(amended.path.value)}" that this instrument amends (relative to this file): correct the path, or, if that treaty is not transcribed, ${titleInstead('amends')}.` });
    }
    for (const file of model.implementingFiles) {
      if (file.uri === undefined) report({ range: file.path.range, message: `Cannot find the implementing arrangement "${file.path.value}" (relative to this file): correct the path.` });
    }
  },
});

export const declarationRules = [duplicateDeclaration, duplicateHeaderStatement, unusedDeclaration, secondInstrumentHeader, unresolvedFile, undeclaredStatus, statusUndetermined, annexStatusDiffers];
