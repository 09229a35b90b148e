/**
 * The data the search tests filter: three customers (and an inactive one), two service items and an
 * inventory item, four invoices whose fields and custom fields differ in every way the operators test,
 * a sales order and an invoice created from it. Everything is added over SOAP, as a client would.
 *
 *   inv1  Acme Inc   2024-01-15  "March services"  PO-100  Consulting 3 x 100 = 300   custom: all kinds
 *   inv2  Acme Inc   2024-02-10  "Setup fee"       PO-200  Support    1 x 50  = 50    custom: some kinds
 *   inv3  Beta LLC   2024-02-20  (no memo, no PO)          Consulting 2 x 100 + Support 1 x 25 = 225
 *   inv4  Gamma Co   2024-03-05  "march retainer"  PO-300  Widget     10 x 10 = 100   no custom fields
 */
import { addRecord, customerXml, invoiceXml, serviceItemXml } from './records';
import { addInitialized, addInventoryItem, addSalesOrder, initialize } from './orders';

export interface SearchData {
  readonly customers: { acme: string; beta: string; gamma: string; delta: string };
  readonly items: { consulting: string; support: string; widget: string };
  readonly inv: Record<'inv1' | 'inv2' | 'inv3' | 'inv4', string>;
  readonly order: string;
  /** The invoice initialized from `order`. */
  readonly billed: string;
  /** Instants taken between adding inv2 and inv3 (lastModifiedDate filters). */
  readonly afterInv2: Date;
}

const custom = (xsiType: string, scriptId: string, value: string) =>
  `<core:customField xsi:type="core:${xsiType}" scriptId="${scriptId}"><core:value>${value}</core:value></core:customField>`;

function customFields(...fields: string[]): string {
  return `<sales:customFieldList>${fields.join('')}</sales:customFieldList>`;
}

export async function seedSearchData(url: string): Promise<SearchData> {
  const acme = await addRecord(
    url,
    customerXml('Acme Inc', { externalId: 'CUST-A', inner: '<rel:email>ap@acme.test</rel:email>' }),
  );
  const beta = await addRecord(url, customerXml('Beta LLC', { externalId: 'CUST-B' }));
  const gamma = await addRecord(url, customerXml('Gamma Co'));
  const delta = await addRecord(
    url,
    customerXml('Delta Ltd', { inner: '<rel:isInactive>true</rel:isInactive>' }),
  );
  const consulting = await addRecord(url, serviceItemXml('Consulting', { rate: '100.00' }));
  const support = await addRecord(url, serviceItemXml('Support', { rate: '50.00' }));
  const widget = await addInventoryItem(url, 'Widget', '10.00');

  const inv1 = await addRecord(
    url,
    invoiceXml({
      customer: acme,
      externalId: 'INV-1',
      tranDate: '2024-01-15T00:00:00.000-08:00',
      fields:
        '<sales:otherRefNum>PO-100</sales:otherRefNum><sales:memo>March services</sales:memo><sales:shipDate>2024-01-20T00:00:00.000-08:00</sales:shipDate>',
      lines: [{ item: consulting, quantity: '3', rate: '100.00' }],
      customFieldList: customFields(
        custom('StringCustomFieldRef', 'custbody_channel', 'web'),
        custom('LongCustomFieldRef', 'custbody_priority', '5'),
        custom('BooleanCustomFieldRef', 'custbody_rush', 'true'),
        custom('DoubleCustomFieldRef', 'custbody_score', '7.5'),
        custom('DateCustomFieldRef', 'custbody_shipby', '2024-02-01T00:00:00.000-08:00'),
        `<core:customField xsi:type="core:SelectCustomFieldRef" scriptId="custbody_region"><core:value internalId="7"/></core:customField>`,
      ),
    }),
  );
  const inv2 = await addRecord(
    url,
    invoiceXml({
      customer: acme,
      externalId: 'INV-2',
      tranDate: '2024-02-10T00:00:00.000-08:00',
      fields: '<sales:otherRefNum>PO-200</sales:otherRefNum><sales:memo>Setup fee</sales:memo>',
      lines: [{ item: support, quantity: '1', rate: '50.00' }],
      customFieldList: customFields(
        custom('StringCustomFieldRef', 'custbody_channel', 'store'),
        custom('LongCustomFieldRef', 'custbody_priority', '1'),
        custom('BooleanCustomFieldRef', 'custbody_rush', 'false'),
        custom('DoubleCustomFieldRef', 'custbody_score', '2.25'),
        `<core:customField xsi:type="core:SelectCustomFieldRef" scriptId="custbody_region"><core:value internalId="8"/></core:customField>`,
      ),
    }),
  );
  await new Promise((r) => setTimeout(r, 20));
  const afterInv2 = new Date();
  await new Promise((r) => setTimeout(r, 20));
  const inv3 = await addRecord(
    url,
    invoiceXml({
      customer: beta,
      tranDate: '2024-02-20T00:00:00.000-08:00',
      lines: [
        { item: consulting, quantity: '2', rate: '100.00' },
        { item: support, quantity: '1', rate: '25.00' },
      ],
      customFieldList: customFields(
        custom('StringCustomFieldRef', 'custbody_channel', 'Web Partner'),
        custom('LongCustomFieldRef', 'custbody_priority', '10'),
      ),
    }),
  );
  const inv4 = await addRecord(
    url,
    invoiceXml({
      customer: gamma,
      tranDate: '2024-03-05T00:00:00.000-08:00',
      fields: '<sales:otherRefNum>PO-300</sales:otherRefNum><sales:memo>march retainer</sales:memo>',
      lines: [{ item: widget, quantity: '10', rate: '10.00' }],
    }),
  );
  const order = await addSalesOrder(url, {
    customer: acme,
    lines: [{ item: consulting, quantity: '1', rate: '100.00' }],
  });
  const init = await initialize(url, {
    type: 'invoice',
    reference: { type: 'salesOrder', internalId: order },
  });
  const wr = await addInitialized(url, init.xml);
  const billed = String((wr.baseRef as Record<string, unknown>)['@internalId']);
  return {
    customers: { acme, beta, gamma, delta },
    items: { consulting, support, widget },
    inv: { inv1, inv2, inv3, inv4 },
    order,
    billed,
    afterInv2,
  };
}
