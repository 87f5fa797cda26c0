/**
 * The stdio message writer: vscode-jsonrpc's stream writer, except that a message is written as
 * the pieces of bytes the kept answers give (kept-answers.ts) instead of one buffer. The library's
 * writer takes one buffer per message, so a kept 8 MB export was copied into a new 8 MB buffer
 * for every request; those buffers are external memory to V8, and every few exports at 100,000
 * lines their total started a full collection of the heap inside the export's request (issue 11:
 * the export's p95). Here the pieces are written corked, so a pipe gets them in one `writev`.
 *
 * The bytes on the wire are the library's: `Content-Length: <bytes>\r\n\r\n` then the UTF-8 JSON
 * (test/lsp/pieces-writer.test.ts). Each message is written whole in one synchronous call, so
 * messages never interleave and go out in the order they are written.
 */
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';
import type { KeptAnswers } from './kept-answers';

export class PiecesWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(
    private readonly out: NodeJS.WritableStream & { cork(): void; uncork(): void },
    private readonly answers: KeptAnswers,
  ) {
    super();
    out.on('error', (error: unknown) => this.fireError(error));
    out.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let pieces: Buffer[];
    try {
      pieces = this.answers.pieces(message);
    } catch (error) {
      this.fireError(error);
      return Promise.reject(error);
    }
    let length = 0;
    for (const piece of pieces) length += piece.byteLength;
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error | null) => {
        if (!error) return resolve();
        this.errorCount++;
        this.fireError(error, message, this.errorCount);
        reject(error);
      };
      try {
        this.out.cork();
        this.out.write(`Content-Length: ${length}\r\n\r\n`, 'ascii');
        pieces.forEach((piece, i) => (i === pieces.length - 1 ? this.out.write(piece, done) : this.out.write(piece)));
        this.out.uncork();
      } catch (error) {
        done(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  end(): void {
    this.out.end();
  }
}
