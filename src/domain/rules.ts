/** Every record type's rules, in one registry the record service is built with. */
import { SALES_RULES } from './invoice/rules';
import { LIST_RULES } from './lists/rules';
import type { RulesRegistry } from './records/rules';

export const RULES: RulesRegistry = { ...LIST_RULES, ...SALES_RULES };
