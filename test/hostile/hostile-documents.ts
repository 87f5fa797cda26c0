/**
 * Hostile documents of a given size: the inputs of issue 12 that once took seconds to minutes
 * (prose for the wording checks, unknown references, copies of one declaration, defined terms, a
 * misspelt rule code in a suppression comment) and the inputs that pass a limit (a long line,
 * deep nesting, a file over the size limit). Each is a function of n, so a test can compare the
 * work done on n and on 2n.
 */

const mouHeader = 'memorandum "Memorandum of Understanding" {\n  status non-binding\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\n';
const treatyHeader = 'treaty "Agreement" {\n  status binding\n}\nparty EE "Estonia"\nparty FI "Finland"\n';

/** Words that the wording, voice and term checks all look at (treaty words, modals, citations). */
const vocabulary = [
  'the', 'Parties', 'shall', 'cooperate', 'in', 'accordance', 'with', 'their', 'obligations', 'under', 'this', 'Agreement',
  'and', 'will', 'notify', 'each', 'other', 'of', 'any', 'Incident', 'affecting', 'networks', 'undertake', 'to', 'ensure',
  'that', 'information', 'is', 'protected', 'Article', '5', 'Convention', 'on', 'Cybercrime', 'enter', 'into', 'force',
  'not', 'Participants', 'which', 'provides', 'commitments', 'agreed', 'authentic', 'Term', 'Directive', '(EU)', '2022/2555',
];

/** About `length` characters of prose in lines of ~90, with sentence ends now and then (deterministic). */
export function prose(length: number, seed = 7): string {
  let state = seed;
  const lines: string[] = [];
  let size = 0;
  let line = '';
  while (size < length) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    line += (line ? ' ' : '  ') + vocabulary[state % vocabulary.length];
    if (line.length > 90) {
      if (state % 3 === 0) line += '.';
      if (state % 7 === 0) line += ',';
      lines.push(line);
      size += line.length + 1;
      line = '';
    }
  }
  return lines.join('\n');
}

export type HostileCase = (n: number) => string;

/** Each quadratic input of issue 12, as a function of its size. */
export const scalingCases: Record<string, HostileCase> = {
  /** n kB of prose in one MoU clause: the MoU/treaty wording checks and the voice analysis. */
  'MoU prose (n kB)': (kb) => `${mouHeader}clause Body """\n${prose(kb * 1024)}\n"""\n`,
  /** n kB of prose in one treaty clause: the reverse wording check (MoU words in a treaty). */
  'treaty prose (n kB)': (kb) => `${treatyHeader}clause Body """\n${prose(kb * 1024, 11)}\n"""\n`,
  /** n kB of prose over n clauses: per-clause checks. */
  'prose in n clauses': (n) => mouHeader + Array.from({ length: n }, (_, i) => `clause C${i} """\n${prose(300, i + 1)}\n"""`).join('\n') + '\n',
  /** n references to names nobody declares. */
  'n unknown references': (n) => mouHeader + Array.from({ length: n }, (_, i) => `channel C${i} between EE, Unknown${i}`).join('\n') + '\n',
  /** n copies of one declaration. */
  'n copies of one channel': (n) => mouHeader + 'channel Intel between EE, FI\n'.repeat(n),
  'n copies of one participant': (n) => mouHeader + 'participant EE "Estonia" { contact Duty "Duty officer" available 24/7 email "cert@example.org" }\n'.repeat(n),
  /** n defined terms, each used in the next definition and in a clause. */
  'n defined terms': (n) =>
    mouHeader +
    Array.from({ length: n }, (_, i) => `define "Term ${i} Thing" means "the Term ${(i + 1) % n} Thing of a Participant"`).join('\n') +
    `\nclause Uses """\n${Array.from({ length: n }, (_, i) => `  The Participants will share the Term ${i} Thing.`).join('\n')}\n"""\n`,
  /** A misspelt rule code of n kB in a suppression comment. */
  'misspelt code of n kB': (kb) => `${mouHeader}// entente-disable-next-line ${'missingcost'.repeat(Math.ceil((kb * 1024) / 11))} -- reason\nchannel Intel between EE, FI\n`,
  /** n suppression comments naming unknown codes. */
  'n suppressions': (n) => mouHeader + Array.from({ length: n }, (_, i) => `// entente-disable-next-line missing-cost${i} -- reason\nchannel I${i} between EE, FI`).join('\n') + '\n',
  /** A line of n kB of prose. */
  'a line of n kB': (kb) => `${mouHeader}clause Long """${prose(kb * 1024).replace(/\n/g, ' ')}"""\nchannel Intel between EE, FI\n`,
  /** Braces nested n deep. */
  'n nested braces': (n) => `${mouHeader}channel Intel between EE, FI ${'{ '.repeat(n)}${'} '.repeat(n)}\n`,
  /** n unclosed blocks. */
  'n unclosed blocks': (n) => mouHeader + 'channel C between EE, FI {\n'.repeat(n),
  /** n protocols triggered by a severity and n clauses of prose: each protocol once asked every clause what the severity means. */
  'n severity protocols and clauses': (n) =>
    mouHeader +
    Array.from({ length: n }, (_, i) => `protocol R${i} { when severity high notify FI within 24 hours of awareness }\nclause C${i} """\n  A critical incident is one where ${prose(200, i + 3).trim()}\n"""`).join('\n') +
    '\n',
  /** n parties, channels, protocols and exercises, each referring to the next (a large, valid instrument). */
  'n linked declarations': (n) =>
    mouHeader +
    Array.from({ length: n }, (_, i) => `participant P${i} "Participant ${i}" { contact Duty "Desk" available 24/7 email "p${i}@example.org" }\nchannel C${i} between P${i}, P${(i + 1) % n} { carries indicators marking TLP:AMBER purpose "network defence" contacts P${i}.Duty }\nprotocol R${i} { when severity high notify P${i} within 24 hours via C${i} }`).join('\n') +
    '\n',
};

/**
 * A sample instrument grown n times: its header once, then n copies of everything else, each
 * copy's declared names suffixed with its number (so references still resolve within a copy and
 * every rule sees n times the parties, channels, protocols, clauses and prose).
 */
export function amplified(sample: string, declaredNames: readonly string[], n: number): string {
  const header = /^[\s\S]*?\n\}\n/.exec(sample)?.[0] ?? '';
  const body = sample.slice(header.length);
  const names = [...declaredNames].filter((name) => /^[\p{L}\p{N}_-]+$/u.test(name)).sort((a, b) => b.length - a.length);
  const pattern = names.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}_.-])(${names.join('|')})(?![\\p{L}\\p{N}_-])`, 'gu') : undefined;
  const copies: string[] = [header];
  for (let i = 0; i < n; i++) copies.push(pattern ? body.replace(pattern, (name) => `${name}x${i}`) : body);
  return copies.join('\n');
}

/**
 * The hostile inputs of issue 12 at their full size, each answered once: the work is compared
 * with the number of characters (bounded-work.test.ts), and the inputs that pass a limit must
 * say so with the limit's diagnostic.
 */
export const fullSizeCases: Record<string, { text: () => string; expect: readonly string[] }> = {
  /** Over the document size limit: one document-too-large error, nothing else analysed. */
  '10 MB file': { text: () => mouHeader + 'participant EE "Estonia"\n'.repeat(Math.ceil((10 * 1024 * 1024) / 25)), expect: ['document-too-large'] },
  /** A line of 1 MB: line-too-long, and the rest of the document still analysed. */
  '1 MB line': { text: () => `${mouHeader}clause Long """${'word '.repeat(210_000)}"""\nchannel Intel between EE, XX\n`, expect: ['line-too-long', 'unknown-reference'] },
  '100,000 nested braces': { text: () => `${mouHeader}channel Intel between EE, FI ${'{ '.repeat(100_000)}${'} '.repeat(100_000)}\nchannel X between EE, XX\n`, expect: ['syntax-error', 'line-too-long', 'unknown-reference'] },
  '100,000 repeated declarations': { text: () => mouHeader + 'channel Intel between EE, FI\n'.repeat(100_000), expect: ['duplicate-declaration', 'too-many-findings'] },
  '20,000 unknown references': { text: () => mouHeader + Array.from({ length: 20_000 }, (_, i) => `channel C${i} between EE, Unknown${i}`).join('\n') + '\n', expect: ['unknown-reference', 'too-many-findings'] },
  '800 kB of MoU prose': { text: () => `${mouHeader}clause Body """\n${prose(800 * 1024)}\n"""\n`, expect: [] },
  '1 MB misspelt rule code': { text: () => `${mouHeader}// entente-disable-next-line ${'missingcost'.repeat(95_000)} -- reason\nchannel Intel between EE, FI\n`, expect: ['line-too-long'] },
  'NUL, BOM, lone surrogates, U+FFFD, CR and CRLF': {
    text: () => `\uFEFF${mouHeader}\r\nchannel A between EE, FI\r\rchannel \u0000B between EE, FI\n\uD800 \uFFFD\uFFFD clause C """\r\n  text\u0000\uDFFF\r\n"""\r\n`.repeat(200),
    expect: ['syntax-error'],
  },
};
