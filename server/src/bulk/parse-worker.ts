/** A parse worker of the bulk importer (see parse-source.ts): chunks of raw lines in, parsed lines or rejections out. */
import { serveJobs } from '../common/serve-jobs';
import { toInputLine } from './bulk-lines';
import { parseLine } from './line-parser';
import { identifierHasher, isLineChunk, isParseWorkerData, knownFromLists } from './parse-source';

serveJobs({ init: isParseWorkerData, job: isLineChunk }, (data) => {
  const known = knownFromLists(data.known);
  const hash = identifierHasher(data.key);
  return (lines) => lines.map((raw) => parseLine(toInputLine(raw), known, hash));
});
