/**
 * Summarises a CPU profile of the server: `node dist/bench/profile.js <file.cpuprofile> [top]`.
 * `BENCH_CPU_PROF=1 npm run bench` writes one to .bench/profiles/ and prints this summary itself.
 */
import { formatProfile, summariseProfile } from './lib/cpuprofile';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node dist/bench/profile.js <file.cpuprofile> [top]');
  process.exit(2);
}
console.log(formatProfile(summariseProfile(file, topArg ? Number(topArg) : 30)).join('\n'));
