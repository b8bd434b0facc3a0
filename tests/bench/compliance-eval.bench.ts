// `npm run bench` runs every *.bench.ts: this prints the engine's accuracy on the labelled evaluation
// sets next to its speed (the scorer and its CLI live in compliance-eval.ts).
import { scoreEngine } from './compliance-eval';
import { scoreToMarkdown } from './compliance-eval-score';

for (const [name, score] of scoreEngine()) console.log(`${scoreToMarkdown(name, score)}\n`);
