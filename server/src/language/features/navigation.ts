/**
 * Go to definition, find references and document highlights. References search every document
 * connected to this one (see locate.ts), so a party declared in a registry is found in each
 * instrument that uses it.
 */
import type { Position } from '../ast/positions';
import { resolveRelative } from '../workspace/uris';
import type { FeatureHost } from './host';
import { declarations, occurrences, referenceAt, symbolAt } from './locate';
import { citationAt, citedStatementRange } from './provision-citations';
import type { DocumentHighlight, Location } from './types';

const documentStart = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function definition(host: FeatureHost, uri: string, position: Position): Location[] {
  const model = host.model(uri);
  if (!model) return [];
  const ref = referenceAt(model, position);
  if (ref?.kind === 'file') {
    const target = resolveRelative(uri, ref.name);
    return target && host.model(target) ? [{ uri: target, range: documentStart }] : [];
  }
  const at = symbolAt(model, position);
  if (!at) {
    // `§amendment`: the header statement whose provision it cites.
    const cited = citationAt(model, position);
    const statement = cited && citedStatementRange(model, cited);
    return statement ? [{ uri, range: statement }] : [];
  }
  const declared = declarations(host, uri, at.kind, at.name);
  const target = at.reference?.target ?? at.declaration;
  // The declaration the name resolves to first; then the other declarations of the same symbol
  // (a bare `participant EE` and its registry record), so the drafter can reach the full record.
  const first: Location[] = target ? [{ uri: target.uri, range: target.nameRange }] : [];
  const rest = declared.filter((d) => !first.some((f) => f.uri === d.uri && f.range.start.line === d.range.start.line && f.range.start.character === d.range.start.character));
  return [...first, ...rest.map((d) => ({ uri: d.uri, range: d.range }))];
}

export function references(host: FeatureHost, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const model = host.model(uri);
  const at = model ? symbolAt(model, position) : undefined;
  if (!at) return [];
  return occurrences(host, uri, at.kind, at.name)
    .filter((o) => includeDeclaration || !o.isDeclaration)
    .map((o) => ({ uri: o.uri, range: o.range }));
}

export function documentHighlights(host: FeatureHost, uri: string, position: Position): DocumentHighlight[] {
  const model = host.model(uri);
  const at = model ? symbolAt(model, position) : undefined;
  if (!at) return [];
  return occurrences(host, uri, at.kind, at.name)
    .filter((o) => o.uri === uri)
    .map((o) => ({ range: o.range, kind: o.isDeclaration ? 'write' : 'read' }));
}
