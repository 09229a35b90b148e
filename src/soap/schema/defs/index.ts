/**
 * The whole SuiteTalk schema Billwire speaks: one SchemaDef per namespace (parts split across files for
 * readability are merged here), and the resolved registry the codec, the server and the schema generator
 * share. Building the registry checks the definitions, so a broken definition fails at load time.
 */
import type { SchemaDef } from '../model';
import { NS_KEYS } from '../namespaces';
import { SchemaRegistry } from '../registry';
import { schema as acct } from './acct';
import { schema as acctTyp } from './acctTyp';
import { schema as common } from './common';
import { part as commonSearch } from './common-search';
import { schema as commonTyp } from './commonTyp';
import { schema as core } from './core';
import { schema as coreTyp } from './coreTyp';
import { schema as faults } from './faults';
import { schema as faultTyp } from './faultTyp';
import { schema as fileCab } from './fileCab';
import { schema as fileCabTyp } from './fileCabTyp';
import { schema as msgs } from './msgs';
import { schema as rel } from './rel';
import { schema as relTyp } from './relTyp';
import { schema as sales } from './sales';
import { part as salesSearch } from './sales-search';
import { schema as salesTyp } from './salesTyp';

/** Joins the parts of one namespace, in the given order. */
function merge(...parts: SchemaDef[]): SchemaDef {
  const ns = parts[0]!.ns;
  if (parts.some((p) => p.ns !== ns))
    throw new Error(`cannot merge parts of different namespaces into ${ns}`);
  return {
    ns,
    complexTypes: parts.flatMap((p) => p.complexTypes),
    enums: parts.flatMap((p) => p.enums ?? []),
    elements: parts.flatMap((p) => p.elements ?? []),
  };
}

/** In NS_KEYS order, so generated files and registry lookups are deterministic. */
export const ALL_SCHEMAS: readonly SchemaDef[] = [
  msgs,
  core,
  coreTyp,
  merge(common, commonSearch),
  commonTyp,
  faults,
  faultTyp,
  merge(sales, salesSearch),
  salesTyp,
  rel,
  relTyp,
  acct,
  acctTyp,
  fileCab,
  fileCabTyp,
];

const covered = ALL_SCHEMAS.map((s) => s.ns).join();
if (covered !== NS_KEYS.join())
  throw new Error(`ALL_SCHEMAS must list every namespace once, in order: ${covered}`);

export const schema = new SchemaRegistry(ALL_SCHEMAS);
