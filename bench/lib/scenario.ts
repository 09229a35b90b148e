/**
 * The contract between run.ts and a scenario group (bench/scenarios/<group>.ts). A group starts what it
 * needs (its own Billwire, peers), runs the scenarios the user selected and records figures in Results.
 * Adding a group: write the module, add it to GROUPS in run.ts.
 */
import type { PassportSource } from './envelopes';
import type { Results } from './results';
import type { BenchSettings } from './settings';

export interface GroupContext {
  readonly settings: BenchSettings;
  readonly results: Results;
  readonly passports: PassportSource;
  /** True when the user selected this scenario (`run.js core` selects all of core; `core/get` one). */
  selected(scenario: string): boolean;
  /** Progress output (stderr, so the table on stdout stays clean). */
  log(message: string): void;
}

export interface ScenarioGroup {
  readonly name: string;
  /** Scenario names a selector may name after the slash. */
  readonly scenarios: readonly string[];
  run(ctx: GroupContext): Promise<void>;
}
