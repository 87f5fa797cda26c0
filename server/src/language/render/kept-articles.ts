/**
 * Articles kept with their declaration across edits (issue #11): after a keystroke the preview's
 * first answer rendered every article of a 100,000-line text again (about 0.3 s of CPU), though
 * the keystroke changed one declaration. An incremental parse keeps the node of every declaration
 * a change did not touch (syntax/shift.ts), and a construct that renders one article per node
 * (`Renderer.each`) renders it from the node and the render context alone: so an unchanged node's
 * article is the one rendered before, provided the context answers it the same.
 *
 * That proviso is checked, not assumed. While an article is rendered, every question it asks the
 * context about the rest of the document (a party's name, a contact, a body, the library's text, a
 * § citation…) is written down with its answer; the context's plain values (`will`, `self`,
 * `signatoryNames`…) and the number of siblings are kept as a key. The article is reused only when
 * the key is the same and each question, asked again of the new context, gets an equal answer:
 * rendering is a pure function of the node, those values and those answers, so the same inputs
 * give the same article. The questions whose answers depend on their arguments alone (`phrase`,
 * `date`, `placeholder`…) are not written down. A property test holds every export and preview
 * of an edited document equal to a fresh service's (test/render/render-reuse.test.ts).
 */
import type { Article, RenderContext } from '../constructs/construct';
import { sameValue } from '../util/same-values';
import { between, whole } from './render-budget';

type Question = Exclude<{ [K in keyof RenderContext]: RenderContext[K] extends (...args: never[]) => unknown ? K : never }[keyof RenderContext], undefined>;

/** Functions of their arguments alone (render-context.ts): their answers need no checking. */
const pure: ReadonlySet<string> = new Set<Question>(['list', 'sentence', 'phrase', 'quantity', 'ordinal', 'date', 'cadence', 'within', 'since', 'via', 'placeholder', 'refer']);

interface Asked {
  readonly question: Question;
  readonly args: readonly unknown[];
  readonly answer: unknown;
  /**
   * For a question about names (`byNames`): the token of the question and the names' texts, which
   * decide its answer (`tokenOf`). Made when the answer is first checked, not when it is written
   * down: a first rendering writes down every question of every article (tens of thousands at
   * 100,000 lines), and its keys were a tenth of that rendering's time, for articles that may
   * never be rendered again.
   */
  token?: object;
}

/**
 * Questions whose answer depends on the texts of the names they are given alone (a party's,
 * a non-party's, a contact's, a body's name; whether some parties are all of them; the channels under an
 * agreement), as render-context.ts answers them. Many articles ask the same ones (every
 * protocol names the same few groups of parties): a rendering checks each such question once,
 * by the names' texts, not once per article that asked it.
 */
const byNames: ReadonlySet<string> = new Set<Question>(['partyName', 'nonPartyName', 'names', 'isEveryone', 'contactName', 'bodyName', 'agreementName', 'channelsUnder']);

/**
 * One token per names key, so that a rendering looks its answers up by an object, not by a long
 * string: thousands of articles ask the same few questions (`contactName`, `nonPartyName`), and a
 * look-up by a string equal to, but not the same as, the key's was most of checking them. Kept
 * for the last few thousand keys; after they are forgotten, an equal key gets a new token, which
 * only means that question is asked once more in a rendering.
 */
const tokens = new Map<string, object>();
const keptTokens = 4096;

function tokenOf(key: string): object {
  let token = tokens.get(key);
  if (token === undefined) {
    if (tokens.size >= keptTokens) tokens.clear();
    tokens.set(key, (token = {}));
  }
  return token;
}

function namesKey(question: string, args: readonly unknown[]): string {
  let key = question;
  for (const arg of args) key += `\u0001${textsOf(arg)}`;
  return key;
}

/** A Name's text, a list's texts, a contact reference's party and contact: `\u0004` for none. */
function textsOf(arg: unknown): string {
  if (arg === undefined) return '\u0004';
  if (Array.isArray(arg)) return arg.map(textsOf).join('\u0002');
  const node = arg as { text?: unknown; party?: unknown; contact?: unknown };
  if (typeof node.text === 'string') return node.text;
  return `${textsOf(node.party)}\u0003${textsOf(node.contact)}`;
}

interface Kept {
  readonly key: object;
  readonly asked: readonly Asked[];
  readonly article: Article;
  /**
   * The stamp of the model's `KeptArticles` it was last rendered or checked under: a property, not
   * a set (a look-up per article was a cost of its own), and a token, not the object, which would
   * hold its model (context and all) for as long as the node lives.
   */
  checkedBy?: object;
  /** The stamp it last failed its check under: not checked again under that model (a slice that stopped after the check goes on from it). */
  failedUnder?: object;
}

/** One entry per node: an article rendered under a new context replaces the old one. */
const kept = new WeakMap<object, Kept>();

/**
 * The nodes each construct (by its `each`) rendered last, with their entries, by place: after a
 * keystroke every node of a kind but the edited one is where it was, and is found by comparing it
 * with the node in its place, not by a look-up (a look-up per article was a fifth of rendering
 * again at 100,000 lines). An entry found so is checked as one looked up is: the same key, the
 * same answers. Kept with the first node, as `keptTogether` is: nothing is held once the document's nodes are gone.
 */
const lastOfKind = new WeakMap<object, { readonly key: object; readonly each: unknown; readonly nodes: readonly object[]; readonly entries: readonly Kept[] }>();

/**
 * A token per context's plain values and sibling count, so that a node's key is checked by
 * identity: the values (every signatory's name among them) are compared once per rendering, not
 * once per node. The last few, for a few documents open at once.
 */
const keys = new Map<string, Map<number, object>>();
const keptKeys = 8;

/**
 * Renders articles one node at a time through `each`, reusing a node's article where the checks
 * above allow. Make one per rendering (it wraps the context once), then call `articles` per kind.
 */
export class KeptArticles {
  /**
   * The one made for a model, for every rendering of that model: a model is never changed once
   * made, so its contexts answer every question alike, and an entry checked once under it needs
   * no checking again (`Kept.checkedBy`). A rendering made ahead in slices renders the same model again
   * at each slice (render-budget.ts): without this, each slice checked again every article the
   * slices before it had made.
   */
  static of(model: object, r: RenderContext): KeptArticles {
    let made = ofModel.get(model);
    if (made === undefined) ofModel.set(model, (made = new KeptArticles(r)));
    // A rendering nested in one of its articles' (a `§Name` may arrange the text again) gets one of
    // its own: it must not write into the questions the outer article is recording.
    return made.rendering > 0 ? new KeptArticles(r) : made;
  }

  /** What an entry rendered or checked under this model's context carries (`Kept.checkedBy`). */
  private readonly stamp = {};

  /** How many of this object's renderings of an article are running (more than none: a nested rendering). */
  private rendering = 0;

  private readonly recording: RenderContext;
  private asked: Asked[] = [];
  private readonly answers = new Map<object, unknown>();
  private readonly keys: Map<number, object>;

  constructor(private readonly r: RenderContext) {
    const recording: Record<string, unknown> = {};
    const values: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(r)) {
      if (typeof value !== 'function') {
        recording[name] = values[name] = value;
        continue;
      }
      const ask = value as (...args: unknown[]) => unknown;
      recording[name] = pure.has(name)
        ? ask
        : (...args: unknown[]) => {
            const answer = ask(...args);
            // `cite` gives back its very text when the text cites no provision (no `§Name` in it),
            // and whether it does depends on the text alone: that answer is the same under any
            // context. Every clause asks it of its whole text, which was re-read (3.6 MB at
            // 100,000 lines) at each rendering to check it.
            if (name === 'cite' && answer === args[0]) return answer;
            this.asked.push({ question: name as Question, args, answer, token: undefined });
            return answer;
          };
    }
    this.recording = recording as unknown as RenderContext;
    const plain = JSON.stringify(values);
    let bySiblings = keys.get(plain);
    if (bySiblings === undefined) {
      keys.set(plain, (bySiblings = new Map()));
      if (keys.size > keptKeys) keys.delete(keys.keys().next().value!);
    }
    this.keys = bySiblings;
  }

  articles<N extends object>(nodes: readonly N[], each: (node: N, r: RenderContext, siblings: number) => Article): Article[] {
    let key = this.keys.get(nodes.length);
    if (key === undefined) this.keys.set(nodes.length, (key = {}));
    // The nodes of this kind rendered last under this key, by place (`lastOfKind`): a node still in its place is found there.
    const last = nodes.length > 0 ? lastOfKind.get(nodes[0]) : undefined;
    const aligned = last !== undefined && last.key === key && last.each === each ? last : undefined;
    const entries = new Array<Kept>(nodes.length);
    const articles = nodes.map((node, i) => {
      let before: Kept | undefined = aligned !== undefined && aligned.nodes[i] === node ? aligned.entries[i] : undefined;
      if (!this.usable(before, key)) {
        // Not in its place, or no longer right: the node's own entry, which a slice that stopped
        // before the end of this kind may have rendered since (render-budget.ts).
        const own = kept.get(node);
        before = own !== before && this.usable(own, key) ? own : undefined;
      }
      if (before !== undefined) {
        before.checkedBy = this.stamp;
        entries[i] = before;
        return before.article;
      }
      // A slice made ahead may stop here, between two declarations' articles (render-budget.ts).
      between();
      this.asked = [];
      const article = this.recorded(() => each(node, this.recording, nodes.length));
      kept.set(node, (entries[i] = { key, asked: this.asked, article, checkedBy: this.stamp }));
      return article;
    });
    if (nodes.length > 0) lastOfKind.set(nodes[0], { key, each, nodes, entries });
    return articles;
  }

  /** The articles `render` makes of all the nodes together, reused where the checks above allow (see `KeptTogether`). */
  together<N extends object>(nodes: readonly N[], render: (nodes: readonly N[], r: RenderContext) => Article[]): Article[] {
    if (nodes.length === 0) return render(nodes, this.r);
    let key = this.keys.get(nodes.length);
    if (key === undefined) this.keys.set(nodes.length, (key = {}));
    const before = keptTogether.get(nodes[0]);
    if (
      before !== undefined &&
      before.key === key &&
      before.nodes.length === nodes.length &&
      before.nodes.every((node, i) => node === nodes[i]) &&
      this.answersSame(before.asked)
    ) {
      return [...before.articles];
    }
    this.asked = [];
    const articles = this.recorded(() => render(nodes, this.recording));
    keptTogether.set(nodes[0], { key, asked: this.asked, nodes: [...nodes], articles: [...articles] });
    return articles;
  }

  /**
   * The checks `usable` makes, made ahead a few at a time (`perStep` a step) for the entries kept
   * with `nodes`, while the server is idle (features/render-document.ts `keptChecksAhead`): after
   * an edit at 100,000 lines they are most of rendering again (~25 ms), and a slice of a rendering
   * that stops between two of them begins again from its start (render-budget.ts), so each slice
   * cost the whole set-up again. Each outcome is kept under this model's stamp as `usable` keeps
   * it, and the rendering that follows passes over it: the same answers, asked once. An entry whose
   * check fails to answer is left for the rendering to check (and fail) as before.
   */
  *checkSteps(nodes: readonly object[], perStep: number): Generator<void, void, void> {
    let count = 0;
    for (const node of nodes) {
      const entry = kept.get(node);
      if (entry === undefined || entry.checkedBy === this.stamp || entry.failedUnder === this.stamp) continue;
      try {
        if (this.answersSame(entry.asked)) entry.checkedBy = this.stamp;
        else entry.failedUnder = this.stamp;
      } catch {
        // Left unchecked: the rendering asks again, where a failure is reported.
      }
      if (++count % perStep === 0) yield;
    }
  }

  /** Whether an entry may be reused under `key`: checked under this model's context, or its answers the same. */
  private usable(entry: Kept | undefined, key: object): entry is Kept {
    if (entry === undefined || entry.key !== key) return false;
    if (entry.checkedBy === this.stamp) return true;
    if (entry.failedUnder === this.stamp) return false;
    // A slice made ahead may stop before a check too (render-budget.ts): after an edit at 100,000
    // lines the checks of every kept article take ~25 ms, longer than a slice should run while a
    // keystroke waits. Each check's outcome is kept under this model's stamp (passed: `checkedBy`,
    // set by the caller), so the next slice passes over it: every slice gets past at least one
    // check or article, and the slices end.
    between();
    if (this.answersSame(entry.asked)) return true;
    entry.failedUnder = this.stamp;
    return false;
  }

  /** Renders with no boundary inside (render-budget.ts), counting the rendering as running. */
  private recorded<T>(render: () => T): T {
    this.rendering++;
    try {
      return whole(render);
    } finally {
      this.rendering--;
    }
  }

  /** Whether each question asked before gets an equal answer from this rendering's context. */
  private answersSame(asked: readonly Asked[]): boolean {
    for (const a of asked) {
      if (a.token === undefined && byNames.has(a.question)) a.token = tokenOf(namesKey(a.question, a.args));
      if (!sameValue(a.token === undefined ? this.ask(a) : this.byNames(a, a.token), a.answer)) return false;
    }
    return true;
  }

  private ask(a: Asked): unknown {
    return (this.r[a.question] as (...args: unknown[]) => unknown)(...a.args);
  }

  /** The answer to a question about names, asked of this context once per question and texts. */
  private byNames(a: Asked, key: object): unknown {
    let answer = this.answers.get(key);
    if (answer === undefined && !this.answers.has(key)) this.answers.set(key, (answer = this.ask(a)));
    return answer;
  }
}

/**
 * What a construct rendered from all its nodes at once (`Renderer.articles`: every exercise in one
 * article, every definition in one), kept with its first node: reused when the nodes are the very
 * same, in the same order, under the same key, and each question gets an equal answer.
 */
interface KeptTogether {
  readonly key: object;
  readonly asked: readonly Asked[];
  readonly nodes: readonly object[];
  readonly articles: readonly Article[];
}

const keptTogether = new WeakMap<object, KeptTogether>();

/** Each model's `KeptArticles` (`KeptArticles.of`). */
const ofModel = new WeakMap<object, KeptArticles>();
