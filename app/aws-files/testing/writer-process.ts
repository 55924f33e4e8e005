// A second process that writes the user's AWS files the way the app does, for the concurrency and
// crash tests: `node --import tsx writer-process.ts '<json>'`. With `pause`, it stops right before
// (or right after) write-file-atomic renames its temp file over the target, prints where it is,
// and waits there to be killed: the test kills it at exactly that point, every run.
import fs from 'node:fs';
import { AwsFileStore } from '../aws-file-store';
import { writeCredentialsProfile } from '../aws-file-sync';

interface WriterJob {
  readonly path: string;
  readonly profile: string;
  readonly times: number;
  readonly pause?: 'before-rename' | 'after-rename';
  readonly staleMs?: number;
}

const job = JSON.parse(process.argv[2] ?? '{}') as WriterJob;

if (job.pause) {
  const rename = fs.rename;
  const hang = (message: string) => {
    process.stdout.write(`${message}\n`);
    setInterval(() => undefined, 60_000);
  };
  fs.rename = ((from: fs.PathLike, to: fs.PathLike, callback: fs.NoParamCallback) => {
    if (String(to) !== job.path) return rename(from, to, callback);
    if (job.pause === 'before-rename') return hang(`paused ${String(from)}`);
    rename(from, to, (error) => (error ? callback(error) : hang('renamed')));
  }) as typeof fs.rename;
}

async function main(): Promise<void> {
  const store = new AwsFileStore({ staleMs: job.staleMs ?? 10_000, waitMs: 60_000 });
  for (let round = 0; round < job.times; round++) {
    const key = `ASIA${job.profile.toUpperCase().padEnd(8, 'X').slice(0, 8)}${String(round).padStart(8, '0')}`;
    await writeCredentialsProfile(store, job.path, job.profile, { accessKeyId: key, secretAccessKey: `secret-${round}`, sessionToken: `token-${round}`, expiration: 0 });
  }
  process.stdout.write('done\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
