/**
 * `npm run bench`: Billwire's own benchmark. Runs the selected scenario groups against child processes,
 * prints one table and saves the results as JSON in .bench/.
 *
 *   node dist/bench/run.js                  every group
 *   node dist/bench/run.js core             one group
 *   node dist/bench/run.js core/get core/naive   single scenarios of a group
 *
 * Settings: BENCH_DURATION (s per measured run, 10), BENCH_WARMUP (s, 2), BENCH_CONNECTIONS (10),
 * BENCH_CPU_PROF=1 (profile Billwire and print its top self-time functions).
 * Exit code 1 when any request failed (the figures would be meaningless) or a group could not run.
 */
import { PassportSource } from './lib/envelopes';
import { cleanup, installCleanupHandlers } from './lib/processes';
import { formatReport, header, saveResults } from './lib/report';
import { Results } from './lib/results';
import type { ScenarioGroup } from './lib/scenario';
import { loadSettings } from './lib/settings';
import { asyncGroup } from './scenarios/async';
import { core } from './scenarios/core';
import { invoicing } from './scenarios/invoicing';
import { search } from './scenarios/search';

const GROUPS: readonly ScenarioGroup[] = [core, invoicing, search, asyncGroup];

/** Selected scenarios per group name; an empty set means every scenario of the group. */
function parseSelectors(args: readonly string[]): Map<ScenarioGroup, Set<string>> {
  const chosen = new Map<ScenarioGroup, Set<string>>();
  if (args.length === 0) {
    for (const g of GROUPS) chosen.set(g, new Set());
    return chosen;
  }
  for (const arg of args) {
    const [name, scenario] = arg.split('/');
    const group = GROUPS.find((g) => g.name === name);
    if (!group) throw new Error(`unknown group "${name}"; groups: ${GROUPS.map((g) => g.name).join(', ')}`);
    if (scenario !== undefined && !group.scenarios.includes(scenario)) {
      throw new Error(`unknown scenario "${arg}"; ${group.name} has ${group.scenarios.join(', ')}`);
    }
    const prior = chosen.get(group);
    if (scenario === undefined) chosen.set(group, new Set());
    else if (prior === undefined) chosen.set(group, new Set([scenario]));
    else if (prior.size > 0) prior.add(scenario); // an empty set already means the whole group
  }
  return chosen;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const settings = loadSettings();
  const selection = parseSelectors(args);
  installCleanupHandlers();
  const startedAt = new Date();
  const results = new Results();
  const passports = new PassportSource();
  const title = header(settings, startedAt);
  console.error(title);

  for (const [group, scenarios] of selection) {
    try {
      await group.run({
        settings,
        results,
        passports,
        selected: (s) => scenarios.size === 0 || scenarios.has(s),
        log: (m) => console.error(`[${group.name}] ${m}`),
      });
    } catch (err) {
      results.problem(
        `group ${group.name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
    }
    await cleanup();
  }

  console.log(`\n${title}\n`);
  console.log(formatReport(results));
  const file = saveResults(results, settings, startedAt, args);
  console.log(`\nresults saved to ${file}`);
  return results.problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (err: unknown) => {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
    await cleanup();
    process.exit(2);
  },
);
