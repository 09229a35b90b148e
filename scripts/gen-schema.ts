/**
 * Writes xsd/*.xsd and wsdl/netsuite.wsdl from the schema definitions (src/soap/schema/defs), relative to
 * the current directory, which must be the project root. With `--check` it writes nothing and exits 1 if a
 * committed file differs from what it would write, is missing, or is a stale XSD no definition produces.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderAll } from '../src/soap/schema/render';

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const root = process.cwd();
  if (!existsSync(join(root, 'src', 'soap', 'schema'))) {
    console.error(`gen-schema: run from the project root (no src/soap/schema under ${root})`);
    return 2;
  }

  const files = renderAll();
  const xsdDir = join(root, 'xsd');
  const stale = existsSync(xsdDir)
    ? readdirSync(xsdDir).filter((f) => f.endsWith('.xsd') && !files.has(`xsd/${f}`))
    : [];

  if (check) {
    const drift: string[] = [];
    for (const [rel, text] of files) {
      const path = join(root, rel);
      if (!existsSync(path)) drift.push(`${rel} (missing)`);
      else if (readFileSync(path, 'utf8') !== text) drift.push(`${rel} (differs)`);
    }
    drift.push(...stale.map((f) => `xsd/${f} (not generated)`));
    if (drift.length) {
      console.error(`gen-schema --check: out of date; run the generator:\n  ${drift.join('\n  ')}`);
      return 1;
    }
    console.log(`gen-schema --check: ${files.size} files up to date`);
    return 0;
  }

  for (const [rel, text] of files) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  for (const f of stale) unlinkSync(join(xsdDir, f));
  console.log(`gen-schema: wrote ${files.size} files${stale.length ? `, removed ${stale.join(', ')}` : ''}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
