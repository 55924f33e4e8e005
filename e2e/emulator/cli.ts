// `npm run emulator -- --org FILE [--port N] [--latency-ms N] [--rate-limit N] [--portal-rate-limit N]
//   [--auto-approve USER] [--generate NxM] [--poll-interval N] [--seed N]`
// Prints ONE JSON line on stdout when ready (scripts wait for it), logs to stderr, and closes
// cleanly on SIGINT / SIGTERM.
import { parseArgs } from 'node:util';
import { generateOrganisation, loadOrganisation, parseGenerateSpec, startEmulator, type Organisation } from './index';

const USAGE = `Usage: npm run emulator -- (--org FILE | --generate NxM) [--port N] [--latency-ms N]
       [--rate-limit N] [--portal-rate-limit N] [--auto-approve USER] [--poll-interval SECONDS] [--seed N]`;

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new Error(`--${name} expects a non-negative number, got "${value}"`);
  return number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      org: { type: 'string' },
      generate: { type: 'string' },
      port: { type: 'string' },
      'latency-ms': { type: 'string' },
      'rate-limit': { type: 'string' },
      'portal-rate-limit': { type: 'string' },
      'auto-approve': { type: 'string' },
      'poll-interval': { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!values.org && !values.generate) throw new Error(`--org FILE or --generate NxM is required\n${USAGE}`);
  let org: Organisation = values.org ? loadOrganisation(values.org) : { instances: [] };
  if (values.generate) {
    // With both, the generated instance is added after the fixture's instances.
    const generated = generateOrganisation(parseGenerateSpec(values.generate));
    org = { instances: [...org.instances, ...generated.instances] };
  }

  const emulator = await startEmulator({
    org,
    port: numberOption(values.port, 'port') ?? 0,
    latencyMs: numberOption(values['latency-ms'], 'latency-ms'),
    rateLimitPerSecond: numberOption(values['rate-limit'], 'rate-limit'),
    portalRateLimitPerSecond: numberOption(values['portal-rate-limit'], 'portal-rate-limit'),
    autoApproveUser: values['auto-approve'],
    pollIntervalSeconds: numberOption(values['poll-interval'], 'poll-interval'),
    // Validated (integer 0..2^32-1) with the other settings; a bad value exits 2 with the reason.
    seed: numberOption(values.seed, 'seed'),
  });

  // The handlers go in before the ready line: a script may signal the moment it reads that line,
  // and a signal that finds no handler kills the process at once instead of exiting 0.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`[emulator] ${signal}: closing\n`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`[emulator] close failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  const instances = org.instances.map(({ startUrl, region }) => ({ startUrl, region }));
  const first = instances[0];
  process.stdout.write(`${JSON.stringify({ endpoint: emulator.endpoint, startUrl: first?.startUrl, region: first?.region, instances })}\n`);
  process.stderr.write(`[emulator] listening on ${emulator.endpoint}; admin API under ${emulator.endpoint}/_emulator/\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.message ?? String(error)}\n`);
  process.exit(2);
});
