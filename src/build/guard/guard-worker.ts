/** A worker thread of the privacy guard (see scanBuiltInThreads in guard.ts): checks its share of the built files and answers with what it found. */
import { parentPort, workerData } from 'node:worker_threads';
import { personalDataRules, scanFiles, type GuardShare } from './guard.ts';

const { dir, paths, secrets, numbers } = workerData as GuardShare;
parentPort!.postMessage(scanFiles(dir, paths, secrets, personalDataRules(numbers)));
