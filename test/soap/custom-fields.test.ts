/**
 * customFieldList: each kind of custom field (string, long, double, boolean, date, select, multiSelect) is
 * stored and returned as sent, typed with its xsi:type and named by scriptId. An update merges custom
 * fields by scriptId: the ones it sends change, the others stay.
 */
import { expect } from 'chai';
import { nodeSoapClient, type NodeSoapClient } from '../support/nodeSoapClient';
import {
  addInvoice,
  addRecord,
  customerXml,
  invoiceParties,
  invoiceXml,
  readRecord,
  write,
} from '../support/records';
import { dig, many } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

const customField = (type: string, scriptId: string, value: string) =>
  `<core:customField xsi:type="core:${type}" scriptId="${scriptId}">${value}</core:customField>`;
const v = (text: string) => `<core:value>${text}</core:value>`;

/** One field of every kind, as a client writes them. */
const EVERY_KIND =
  customField('StringCustomFieldRef', 'custbody_text', v('Fish &amp; chips &lt;large&gt;')) +
  customField('LongCustomFieldRef', 'custbody_count', v('-42')) +
  customField('DoubleCustomFieldRef', 'custbody_ratio', v('1234.5678')) +
  customField('BooleanCustomFieldRef', 'custbody_flag', v('true')) +
  customField('DateCustomFieldRef', 'custbody_when', v('2024-03-01T00:00:00.000-08:00')) +
  customField('SelectCustomFieldRef', 'custbody_region', '<core:value internalId="3" typeId="12"/>') +
  customField(
    'MultiSelectCustomFieldRef',
    'custbody_tags',
    '<core:value internalId="5"/><core:value externalId="TAG-7"><core:name>Seven</core:name></core:value>',
  );

/** The same fields as the raw client parses the answer. */
const EVERY_KIND_READ = [
  {
    '@xsi:type': 'platformCore:StringCustomFieldRef',
    '@scriptId': 'custbody_text',
    value: 'Fish & chips <large>',
  },
  { '@xsi:type': 'platformCore:LongCustomFieldRef', '@scriptId': 'custbody_count', value: '-42' },
  { '@xsi:type': 'platformCore:DoubleCustomFieldRef', '@scriptId': 'custbody_ratio', value: '1234.5678' },
  { '@xsi:type': 'platformCore:BooleanCustomFieldRef', '@scriptId': 'custbody_flag', value: 'true' },
  {
    '@xsi:type': 'platformCore:DateCustomFieldRef',
    '@scriptId': 'custbody_when',
    value: '2024-03-01T00:00:00.000-08:00',
  },
  {
    '@xsi:type': 'platformCore:SelectCustomFieldRef',
    '@scriptId': 'custbody_region',
    value: { '@internalId': '3', '@typeId': '12' },
  },
  {
    '@xsi:type': 'platformCore:MultiSelectCustomFieldRef',
    '@scriptId': 'custbody_tags',
    value: [{ '@internalId': '5' }, { '@externalId': 'TAG-7', name: 'Seven' }],
  },
];

describe(`custom fields (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let customer: string;
  let item: string;
  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
    ({ customer, item } = await invoiceParties(url));
  });
  after(() => s.close());

  const customFields = (rec: unknown) => many(dig(rec, 'customFieldList', 'customField'));

  it('stores every kind on an invoice and returns each as sent', async () => {
    const id = await addInvoice(url, {
      customer,
      lines: [{ item, rate: '1' }],
      customFieldList: `<sales:customFieldList>${EVERY_KIND}</sales:customFieldList>`,
    });
    expect(customFields(await readRecord(url, 'invoice', id))).to.deep.equal(EVERY_KIND_READ);
  });

  it('stores custom fields on a customer (listRel:customFieldList)', async () => {
    const id = await addRecord(
      url,
      customerXml('Custom Co', {
        inner: `<rel:customFieldList>${customField('StringCustomFieldRef', 'custentity_tier', v('gold'))}</rel:customFieldList>`,
      }),
    );
    expect(customFields(await readRecord(url, 'customer', id))).to.deep.equal([
      { '@xsi:type': 'platformCore:StringCustomFieldRef', '@scriptId': 'custentity_tier', value: 'gold' },
    ]);
  });

  it('stores custom fields on an invoice line (column fields)', async () => {
    const id = await addInvoice(url, {
      customer,
      lines: [
        {
          item,
          rate: '1',
          extra: `<sales:customFieldList>${customField('LongCustomFieldRef', 'custcol_seats', v('12'))}</sales:customFieldList>`,
        },
      ],
    });
    const line = many(dig(await readRecord(url, 'invoice', id), 'itemList', 'item'))[0];
    expect(customFields(line)).to.deep.equal([
      { '@xsi:type': 'platformCore:LongCustomFieldRef', '@scriptId': 'custcol_seats', value: '12' },
    ]);
  });

  it('on update changes the custom fields sent and keeps the others', async () => {
    const id = await addInvoice(url, {
      customer,
      lines: [{ item, rate: '1' }],
      customFieldList:
        '<sales:customFieldList>' +
        customField('StringCustomFieldRef', 'custbody_a', v('a1')) +
        customField('StringCustomFieldRef', 'custbody_b', v('b1')) +
        '</sales:customFieldList>',
    });
    await write(
      url,
      'update',
      invoiceXml({
        internalId: id,
        customFieldList:
          '<sales:customFieldList>' +
          customField('StringCustomFieldRef', 'custbody_b', v('b2')) +
          customField('BooleanCustomFieldRef', 'custbody_c', v('false')) +
          '</sales:customFieldList>',
      }),
    );
    expect(
      customFields(await readRecord(url, 'invoice', id)).map((c) => [c['@scriptId'], c.value]),
    ).to.deep.equal([
      ['custbody_a', 'a1'],
      ['custbody_b', 'b2'],
      ['custbody_c', 'false'],
    ]);
  });

  describe('through node-soap', () => {
    let ns: NodeSoapClient;
    before(async () => {
      ns = await nodeSoapClient(s);
    });

    it('sends every kind with typed objects and reads them back typed', async () => {
      const field = (type: string, scriptId: string, value: unknown) => ({
        attributes: { ...ns.type('platformCore', type), scriptId },
        'platformCore:value': value,
      });
      const res = await ns.call('add', {
        record: {
          attributes: ns.type('tranSales', 'Invoice'),
          entity: { attributes: { internalId: customer } },
          itemList: { item: [{ item: { attributes: { internalId: item } }, rate: '1' }] },
          customFieldList: {
            'platformCore:customField': [
              field('StringCustomFieldRef', 'custbody_text', 'node'),
              field('LongCustomFieldRef', 'custbody_count', 7),
              field('DoubleCustomFieldRef', 'custbody_ratio', 0.25),
              field('BooleanCustomFieldRef', 'custbody_flag', false),
              field('DateCustomFieldRef', 'custbody_when', '2024-03-01T00:00:00.000-08:00'),
              field('SelectCustomFieldRef', 'custbody_region', { attributes: { internalId: '3' } }),
              field('MultiSelectCustomFieldRef', 'custbody_tags', [
                { attributes: { internalId: '5' } },
                { attributes: { internalId: '6' } },
              ]),
            ],
          },
        },
      });
      const id = String(dig(res, 'writeResponse', 'baseRef', 'attributes', 'internalId'));
      const got = await ns.call('get', {
        baseRef: { attributes: { ...ns.type('platformCore', 'RecordRef'), type: 'invoice', internalId: id } },
      });
      const values = many(dig(got, 'readResponse', 'record', 'customFieldList', 'customField')).map((c) => [
        dig(c, 'attributes', 'xsi:type'),
        dig(c, 'value'),
      ]);
      expect(values).to.deep.equal([
        ['platformCore:StringCustomFieldRef', 'node'],
        ['platformCore:LongCustomFieldRef', 7],
        ['platformCore:DoubleCustomFieldRef', 0.25],
        ['platformCore:BooleanCustomFieldRef', false],
        ['platformCore:DateCustomFieldRef', new Date('2024-03-01T08:00:00.000Z')],
        ['platformCore:SelectCustomFieldRef', { attributes: { internalId: '3' } }],
        [
          'platformCore:MultiSelectCustomFieldRef',
          [{ attributes: { internalId: '5' } }, { attributes: { internalId: '6' } }],
        ],
      ]);
    });
  });
});
