/**
 * Which declaration a name resolves to when the document and the files it `use`s declare the
 * same name: local declarations shadow imported ones, imported ones are taken in import order.
 * The model indexes each kind when first asked for (a hover indexes only what it resolves), so
 * these are checked in every order of first use, and against a model whose kinds were all
 * indexed by a full analysis first.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language/service';
import type { SemanticModel } from '../../server/src/language/model/semantic-model';

const files: Record<string, string> = {
  'file:///ws/a.entente': 'participant XX "Xland of file a"\nparticipant AA "Aland"\n',
  'file:///ws/b.entente': 'participant XX "Xland of file b"\nparticipant BB "Bland"\nparticipant AA "Aland of file b"\n',
};
const readFile = (uri: string) => (uri in files ? { ok: true as const, text: files[uri] } : undefined);

function modelOf(text: string, analyseFirst: boolean): SemanticModel {
  const service = createEntenteService({ readFile });
  service.open('file:///ws/main.entente', text, 1);
  if (analyseFirst) service.diagnostics('file:///ws/main.entente');
  return service.model('file:///ws/main.entente')!;
}

const uses = 'use "a.entente"\nuse "b.entente"\n';
const nameOf = (model: SemanticModel, id: string) => (model.resolve('party', id)?.node as { name?: { value: string } } | undefined)?.name?.value;

describe('symbol index: shadowing and import order', () => {
  for (const analyseFirst of [false, true]) {
    const when = analyseFirst ? 'after a full analysis' : 'on a fresh model';

    it(`resolves an imported name to the first file that declares it (${when})`, () => {
      const model = modelOf(`${uses}channel C between XX, AA, BB\n`, analyseFirst);
      assert.equal(nameOf(model, 'XX'), 'Xland of file a');
      assert.equal(nameOf(model, 'AA'), 'Aland');
      assert.equal(nameOf(model, 'BB'), 'Bland');
      assert.deepEqual(
        model.visible('party').map((s) => [s.name, s.uri]),
        [
          ['XX', 'file:///ws/a.entente'],
          ['AA', 'file:///ws/a.entente'],
          ['BB', 'file:///ws/b.entente'],
        ],
      );
      assert.deepEqual(model.declarationsNamed('party', 'XX'), []);
    });

    it(`lets a local declaration hide every imported one of its kind and name (${when})`, () => {
      const model = modelOf(`${uses}participant XX "Xland here"\nparticipant XX "Xland again"\nchannel C between XX, BB\n`, analyseFirst);
      // A kind asked for before another must not change what the other holds.
      assert.equal(model.resolve('channel', 'C')?.name, 'C');
      assert.equal(nameOf(model, 'XX'), 'Xland here');
      assert.deepEqual(
        model.declarationsNamed('party', 'XX').map((s) => (s.node as { name?: { value: string } }).name?.value),
        ['Xland here', 'Xland again'],
      );
      assert.deepEqual(
        model.visible('party').map((s) => [s.name, s.uri]),
        [
          ['XX', 'file:///ws/main.entente'],
          ['AA', 'file:///ws/a.entente'],
          ['BB', 'file:///ws/b.entente'],
        ],
      );
    });
  }

  it('gives a copy of the visible list, so a caller cannot change the index', () => {
    const model = modelOf(`${uses}channel C between XX\n`, false);
    model.visible('party').length = 0;
    assert.equal(model.visible('party').length, 3);
    assert.equal(model.visible('exercise').length, 0);
    assert.equal(model.resolve('exercise', 'E'), undefined);
  });
});
