import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { createGzip } from 'node:zlib';
import type { CompressorInit, CompressorReply, CompressorRequest } from './archive-compressor';

/**
 * The archive compressor's thread (archive-compressor.ts): hashes the content lines and gzips every byte in the order
 * received, answering each input with `consumed` once gzip took it, each compressed chunk with `out`, `digest` with
 * the content's SHA-256 so far, and `end` with `done` once the last compressed chunk is sent.
 */
const port = parentPort;
if (!port) throw new Error('the archive compressor runs in a worker thread');
const { level } = (workerData as { init: CompressorInit }).init;
const content = createHash('sha256');
const gzip = createGzip({ level });
const reply = (message: CompressorReply) => port.postMessage(message);
gzip.on('data', (bytes: Buffer) => reply({ type: 'out', bytes }));
gzip.on('error', (error) => reply({ type: 'failed', message: error.message }));
gzip.on('end', () => reply({ type: 'done' }));
port.on('message', (request: CompressorRequest) => {
  if (request.type === 'end') {
    gzip.end();
    return;
  }
  if (request.type === 'digest') {
    reply({ type: 'digest', contentSha256: content.copy().digest('hex') });
    return;
  }
  const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  if (request.hashed) content.update(bytes);
  gzip.write(bytes, () => reply({ type: 'consumed', bytes: bytes.length }));
});
