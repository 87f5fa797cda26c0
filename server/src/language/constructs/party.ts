/** `participant EE "Republic of Estonia" { kind … jurisdiction … contact … }` (or `party`). */
import { iso3166Alpha2, supranationalJurisdictions } from '../ast/iso3166';
import { formerCountry, formerCountryWords, iso3166Part3 } from '../ast/iso3166-3';
import { andList } from '../util/word-list';
import type { Party } from '../ast/nodes';
import { availabilities, classOpenness, euMemberStates, partyKinds, regimes } from '../ast/vocabulary';
import { unionTerritory } from '../data/european-union';
import { closed, name, named, outlineLeaf, outlineNamed, suggested, text, type ConstructRow, type SlotTable } from './construct';

/** A part of a Member State inside the Union with a code of its own (French Guiana, Åland): said so, since it is no third country. */
function territoryWords(code: string): string | undefined {
  const t = unionTerritory(code);
  return t && `ISO 3166-1 code of ${t.name}, part of ${t.memberState} and inside the EU (${t.basis}).`;
}

/**
 * A former country (r108 D1): named, so that hover says which State the party was. A successor is
 * spoken of only where ISO's list records a division or merger: a renamed State is the same State
 * (lr26 D3), and YUCS stood for two States in turn (lr26 D4).
 */
function formerWords(code: string): string {
  const f = formerCountry(code);
  const what = `ISO 3166-3 code of a former country: ${formerCountryWords(code)}.`;
  if (f?.inTurn) return `${what} The code stood for ${andList([...f.inTurn])}: say which in the party's name.`;
  if (f?.change === 'renamed' && f.now) return `${what} The State now called ${f.now.name} (${f.now.code}), under its name of the time: a change of name, not a new State.`;
  // Continued by a State that is the same party (lr27 D2, D3): no "not a successor State".
  if (f?.continuedBy) return `${what} For a party to a concluded text that was that State, under its name of the time; ${f.continuedBy.code} names ${f.continuedBy.name}, which ${f.continuedBy.why}.`;
  if (f?.laterCode) return `${what} For a party to a concluded text that was that State, under its name of the time; ${f.laterCode.words}.`;
  if (f?.change === 'divided' || f?.change === 'merged') return `${what} For a party to a concluded text that was that State; not a successor State.`;
  return `${what} For a party to a concluded text that was that State or territory.`;
}

/** ISO 3166-1 codes, `EU`/`INT` for the Union itself and international organisations, and ISO 3166-3 codes of former countries. */
const jurisdictions = Object.fromEntries([
  ...[...supranationalJurisdictions, ...iso3166Alpha2].map((code) => [
    code,
    code === 'EU' ? 'The European Union itself.' : code === 'INT' ? 'An international organisation.' : euMemberStates.has(code) ? 'ISO 3166-1 code of an EU member state (which statutes bind the party is declared with `regimes`).' : territoryWords(code) ?? 'ISO 3166-1 alpha-2 country code.',
  ]),
  ...[...iso3166Part3].map((code) => [code, formerWords(code)]),
]);

/** "a, b or c": the values of a vocabulary in a hover text, so that the text lists every value the set has. */
function orList(values: readonly string[]): string {
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}` : values.join('');
}

/** The snippet's choice of kinds: the commonest for a CERT-to-CERT MoU first, then the rest of the set. */
const partyKindChoices = [...new Set<string>(['national-cert', 'government-agency', ...partyKinds.values])].join(',');

const slots = {
  'party.id': name('party'),
  'party.name': text('prose'),
  'partyItem.kind': closed(partyKinds, 'party kind'),
  'partyItem.jurisdiction': suggested(jurisdictions, 'jurisdiction'),
  'partyItem.representative': text('plain'),
  'partyItem.regimes': closed(regimes, 'regime'),
  'contact.id': name('contact'),
  'contact.name': text('prose'),
  'contact.hours': closed(availabilities, 'availability'),
  'contact.email': text('plain'),
  'contact.phone': text('plain'),
  'partyItem.openness': closed(classOpenness, 'class'),
  'partyItem.classSize': { kind: 'number' },
} as const satisfies SlotTable;

export const party = {
  rule: 'party',
  display: 'a party',
  starts: ['party', 'participant'],
  docs: {
    party: 'Declares a party (treaty wording): a short id used everywhere else, its full name, and optionally a block with its kind, jurisdiction, representative, contacts and regimes.',
    participant: 'Declares a participant (MoU wording): a short id used everywhere else, its full name, and optionally a block with its kind, jurisdiction, representative, contacts and regimes.',
  },
  statements: {
    rule: 'partyItem',
    rows: {
      kind: {
        starts: ['kind'],
        display: 'kind',
        docs: {
          kind: `What kind of party this is: ${orList(partyKinds.values)}. Only States (or their Governments, concluding for them) and international organisations can conclude treaties.`,
        },
      },
      jurisdiction: {
        starts: ['jurisdiction'],
        display: 'jurisdiction',
        docs: { jurisdiction: 'The party\'s jurisdiction as an ISO 3166-1 alpha-2 code (`EE`), or `EU` for the Union itself; for a party to a concluded text that was a State or territory since dissolved or merged, its ISO 3166-3 code (`CSHH` for Czechoslovakia), never a successor\'s code; for a State that only changed its name, its ISO 3166-3 code or the same State\'s code now (`BUMM` or `MM`). It says where the party is; the statutes that bind it are declared with `regimes`.' },
      },
      represented: { starts: ['represented'], display: 'represented by', docs: { represented: '`represented by "…"`: who signs or acts for the party.' } },
      contact: {
        rule: 'contact',
        starts: ['contact'],
        display: 'contact',
        docs: {
          contact: 'A point of contact of the party: an optional id (used as `EE.Duty`), a name, its hours (`available 24/7` or `office-hours`), e-mail and phone.',
          available: `When the contact can be reached: ${orList(availabilities.values.map((v) => `\`${v}\``))} (\`24/7\` is needed for urgent cooperation, Budapest Convention Art. 35).`,
          email: 'The contact\'s e-mail address.',
          phone: 'The contact\'s telephone number.',
        },
      },
      regimes: {
        starts: ['regimes'],
        display: 'regimes',
        docs: {
          regimes: `The statutes that bind the party itself, as the drafter declares (nothing is inferred from the jurisdiction): ${orList(regimes.values)} (outside-union-law for national security or defence).`,
        },
      },
      class: {
        starts: ['class'],
        display: 'class',
        docs: {
          class:
            'The party is a class, not one State: "the member States of the Council of Europe", "any State which accedes", "any new Party". `class open` (others may join) or `class closed` (the members are fixed, `of 16` says how many); `kind` says what its members are. The instrument is then multilateral, however many parties are declared.',
        },
      },
    },
  },
  slots,
  declares(p) {
    const contacts = p.id ? p.contacts.filter((c) => c.id).map((c) => ({ kind: 'contact' as const, name: `${p.id!.text}.${c.id!.text}`, nameRange: c.id!.range, range: c.range, node: c })) : [];
    return [...named('party', p), ...contacts];
  },
  // A party's jurisdiction is a country code, not a name declared in the instrument.
  references: () => [],
  prose: () => [],
  outline: (p, o) =>
    outlineNamed(
      o,
      'party',
      p,
      p.name?.value,
      p.contacts.map((c) => ({ ...outlineLeaf(c.id?.text || c.name?.value || 'contact', 'Field', c.range, c.id?.range), detail: c.name?.value })),
    ),
  // The parties are rendered apart, as the signatories before the first article.
  render: undefined,
  snippets: [
    {
      label: 'participant',
      detail: 'participant with a contact',
      body:
        'participant ${1:ID} "${2:Full name}" {\n  kind ${3|' +
        partyKindChoices +
        '|}\n  jurisdiction ${4:EE}\n  represented by "${5:Title of the signatory}"\n  contact ${6:Duty} "${7:Duty officer}" available 24/7 email "${8:cert@example.org}"\n}\n$0',
    },
  ],
} satisfies ConstructRow<Party>;
