/**
 * What a new sales transaction takes from its customer when the client leaves it out, as NetSuite sources
 * it: terms, currency, subsidiary, email, tax settings, and the default billing and shipping addresses.
 */
import type { RecordRepository } from '../ports';
import type { Fields, StoredRecord } from '../records/types';
import { refOf } from '../records/types';

function defaultAddress(customer: StoredRecord, flag: 'defaultBilling' | 'defaultShipping'): unknown {
  const book = customer.fields.addressbookList as { addressbook?: unknown } | undefined;
  const entries = Array.isArray(book?.addressbook)
    ? book.addressbook
    : book?.addressbook
      ? [book.addressbook]
      : [];
  const entry = (entries as Record<string, unknown>[]).find((e) => e[flag] === true);
  return entry?.addressbookAddress;
}

export function customerDefaults(customer: StoredRecord): Fields {
  const c = customer.fields;
  const out: Fields = {};
  for (const [from, to] of [
    ['terms', 'terms'],
    ['currency', 'currency'],
    ['subsidiary', 'subsidiary'],
    ['taxItem', 'taxItem'],
  ] as const) {
    const ref = refOf(c, from);
    if (ref?.internalId !== undefined) out[to] = { internalId: ref.internalId };
  }
  if (typeof c.email === 'string') out.email = c.email;
  if (typeof c.taxable === 'boolean') out.isTaxable = c.taxable;
  const billing = defaultAddress(customer, 'defaultBilling');
  const shipping = defaultAddress(customer, 'defaultShipping');
  if (billing) out.billingAddress = billing;
  if (shipping) out.shippingAddress = shipping;
  return out;
}

/** Fills the fields a new transaction left empty from its customer. */
export async function applyCustomerDefaults(repo: RecordRepository, fields: Fields): Promise<void> {
  const id = refOf(fields, 'entity')?.internalId;
  if (id === undefined) return;
  const customer = await repo.find('customer', { internalId: id });
  if (!customer) return;
  for (const [k, v] of Object.entries(customerDefaults(customer))) if (fields[k] === undefined) fields[k] = v;
}
