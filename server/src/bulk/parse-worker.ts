/** A parse worker of the bulk importer (see parse-source.ts): chunks of raw lines in, parsed lines or rejections out. */
import { parentPort, workerData } from 'node:worker_threads';
import { toInputLine } from './bulk-lines';
import { parseLine } from './line-parser';
import { identifierHasher, knownFromLists, type ParseRequest, type ParseResponse, type ParseWorkerData } from './parse-source';

const data = workerData as ParseWorkerData;
const known = knownFromLists(data.known);
const hash = identifierHasher(data.key);
const port = parentPort;

port?.on('message', (request: ParseRequest) => {
  let response: ParseResponse;
  try {
    response = { seq: request.seq, parsed: request.lines.map((raw) => parseLine(toInputLine(raw), known, hash)) };
  } catch (error) {
    response = { seq: request.seq, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(response);
});
