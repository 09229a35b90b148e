/**
 * The data the read and write scenarios need, created over SOAP like a client would: one customer, ten
 * service items and one invoice with ten lines (quantity, rate, description, a line custom field).
 */
import {
  addCustomerBody,
  addInvoiceBody,
  addServiceItemBody,
  type InvoiceShape,
  type PassportSource,
} from './envelopes';
import { soapCall, writtenIds } from './soapClient';

export interface Seed {
  readonly invoice: InvoiceShape;
  readonly invoiceId: string;
}

export async function seed(endpoint: string, passports: PassportSource): Promise<Seed> {
  const [customerId] = writtenIds(
    await soapCall(endpoint, 'add', addCustomerBody('Bench Customer', 'BENCH-CUST-1'), passports),
    1,
    'add customer',
  );
  const itemIds: string[] = [];
  for (let i = 1; i <= 10; i++) {
    const reply = await soapCall(
      endpoint,
      'add',
      addServiceItemBody(`Service ${i}`, `BENCH-ITEM-${i}`),
      passports,
    );
    itemIds.push(...writtenIds(reply, 1, `add service item ${i}`));
  }
  const invoice: InvoiceShape = { customerId: customerId!, itemIds };
  const [invoiceId] = writtenIds(
    await soapCall(endpoint, 'add', addInvoiceBody({ ...invoice, externalId: 'BENCH-INV-1' }), passports),
    1,
    'add invoice',
  );
  return { invoice, invoiceId: invoiceId! };
}
