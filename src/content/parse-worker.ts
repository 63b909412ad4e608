// The worker thread that reads very large packs (see readTexts in load-content.ts): its share of the files
// in, their typed content and problems out, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { readContentText, type TextJob } from './decode-text.js';

parentPort!.postMessage((workerData as TextJob[]).map(readContentText));
