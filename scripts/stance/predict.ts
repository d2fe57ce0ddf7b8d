/**
 * Predicts stances for pairs in FNC-1 format.
 *
 * Usage: npx tsx scripts/stance/predict.ts STANCES.csv BODIES.csv [--model PATH] > out.csv
 *   STANCES.csv: Headline,Body ID[,Stance]   (a Stance column is ignored)
 *   BODIES.csv:  Body ID,articleBody
 * Writes `Headline,Body ID,Stance` CSV to stdout, one row per input row, in
 * input order. Exits with status 1 and a one-line message on stderr when a
 * file is missing or malformed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { prepareBody, type PreparedBody } from '../../lib/stance/features.ts';
import { loadStanceModel } from '../../lib/stance/model.ts';
import { csvField, readBodies, readPairs } from './data.ts';

function main(argv: string[]): void {
  const mi = argv.indexOf('--model');
  const here = dirname(fileURLToPath(import.meta.url));
  const modelPath = mi >= 0 ? argv[mi + 1] : join(here, '../../lib/stance/model.json');
  const files = argv.filter((a, i) => !a.startsWith('--') && !(mi >= 0 && i === mi + 1));
  if (files.length !== 2 || !modelPath) {
    throw new Error('usage: predict.ts STANCES.csv BODIES.csv [--model PATH]');
  }
  let modelJson: unknown;
  try {
    modelJson = JSON.parse(readFileSync(modelPath, 'utf8'));
  } catch (e) {
    throw new Error(`cannot load model ${modelPath}: ${(e as Error).message.split('\n')[0]}`);
  }
  const model = loadStanceModel(modelJson);
  const pairs = readPairs(files[0]!, { ignoreStance: true });
  const bodies = readBodies(files[1]!);
  const prepared = new Map<string, PreparedBody>();
  const out: string[] = ['Headline,Body ID,Stance'];
  pairs.forEach((p, i) => {
    let body = prepared.get(p.bodyId);
    if (!body) {
      const text = bodies.get(p.bodyId);
      if (text === undefined) throw new Error(`${files[0]} row ${i + 2}: Body ID ${p.bodyId} not in ${files[1]}`);
      body = prepareBody(text);
      prepared.set(p.bodyId, body);
    }
    const { stance } = model.predict(p.headline, body);
    out.push(`${csvField(p.headline)},${csvField(p.bodyId)},${stance}`);
  });
  process.stdout.write(out.join('\n') + '\n');
}

try {
  main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`predict: ${(e as Error).message.split('\n')[0]}\n`);
  process.exit(1);
}
