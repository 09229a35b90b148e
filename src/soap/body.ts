/**
 * Reads a request body up to a size limit. A declared Content-Length over the limit is refused before a
 * byte is read; a chunked body is refused the moment it crosses the limit, so an oversized request never
 * sits in memory whole. The rest of a refused body is drained, not buffered.
 */
import type { IncomingMessage } from 'node:http';
import { RequestError } from '../domain/errors';

function tooLarge(limit: number): RequestError {
  return new RequestError(
    'exceededRequestSize',
    'USER_ERROR',
    `The request is larger than the ${limit}-byte limit (EXCEEDED_RQST_SIZE_LIMIT).`,
  );
}

export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        req.resume();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
    req.once('error', reject);
  });
}
