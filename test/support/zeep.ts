/**
 * Runs a zeep interop script (test/interop/zeep_*.py, Debian's python3-zeep) against a test server and
 * returns the JSON it printed. Outside CI, a machine without zeep skips the calling suite with a message
 * saying how to install it; under CI=true a missing zeep fails it (CI installs it in .ci/run).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/server';
import type { TestServer } from './server';

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';

async function zeepAvailable(): Promise<boolean> {
  try {
    await run(PYTHON, ['-c', 'import zeep']);
    return true;
  } catch {
    return false;
  }
}

/** Skips the suite of `ctx` (a `before` hook's this) when zeep is missing outside CI. */
export async function requireZeep(ctx: Mocha.Context, suite: string): Promise<void> {
  if (await zeepAvailable()) return;
  const why = `${PYTHON} cannot import zeep.`;
  if (process.env.CI === 'true') throw new Error(`${why} CI installs it: apt-get install python3-zeep`);
  console.log(`\n  SKIPPED the ${suite}: ${why} Install it with: apt-get install python3-zeep\n`);
  ctx.skip();
}

/** Runs test/interop/<script> with the server's WSDL and credentials; what it printed, parsed. */
export async function runZeepScript<T>(script: string, s: TestServer): Promise<T> {
  const c = s.credentials;
  const { stdout } = await run(
    PYTHON,
    [
      path.join(PROJECT_ROOT, 'test', 'interop', script),
      s.wsdlUrl(),
      c.account,
      c.consumerKey,
      c.consumerSecret,
      c.tokenId,
      c.tokenSecret,
    ],
    { timeout: 60_000 },
  ).catch((err: { stderr?: string; message: string }) => {
    throw new Error(`${script} failed: ${err.stderr ?? err.message}`);
  });
  return JSON.parse(stdout) as T;
}
