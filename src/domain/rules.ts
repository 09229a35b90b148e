/** Every record type's rules, in one registry the record service is built with. */
import { itemFulfillmentRules } from './fulfillment/rules';
import { estimateRules, invoiceRules } from './invoice/rules';
import { LIST_RULES } from './lists/rules';
import { salesOrderRules } from './orders/rules';
import type { RulesRegistry } from './records/rules';

export const RULES: RulesRegistry = {
  ...LIST_RULES,
  invoice: invoiceRules,
  estimate: estimateRules,
  salesOrder: salesOrderRules,
  itemFulfillment: itemFulfillmentRules,
};
