/**
 * getSelectValue as a client sees it: one call for a fieldDescription and page, answered as its status,
 * counts and named RecordRefs; and the fieldDescription builder.
 */
import { expect } from 'chai';
import { statusOf, type StatusView } from './records';
import { call, dig, many } from './soap';

export interface SelectView {
  status: StatusView;
  totalRecords?: number;
  totalPages?: number;
  refs: { internalId: string; type: string; name: string; xsiType: string }[];
}

const num = (v: unknown) => (v === undefined ? undefined : Number(v));

export async function selectValues(url: string, description: string, pageIndex = 1): Promise<SelectView> {
  const reply = await call(
    url,
    'getSelectValue',
    `<msgs:getSelectValue><msgs:fieldDescription>${description}</msgs:fieldDescription><msgs:pageIndex>${pageIndex}</msgs:pageIndex></msgs:getSelectValue>`,
  );
  expect(reply.status, reply.text).to.equal(200);
  const r = dig(reply.body, 'getSelectValueResponse', 'getSelectValueResult');
  return {
    status: statusOf(dig(r, 'status')),
    totalRecords: num(dig(r, 'totalRecords')),
    totalPages: num(dig(r, 'totalPages')),
    refs: many(dig(r, 'baseRefList', 'baseRef')).map((b) => ({
      internalId: String(dig(b, '@internalId')),
      type: String(dig(b, '@type')),
      name: String(dig(b, 'name')),
      xsiType: String(dig(b, '@xsi:type')),
    })),
  };
}

/**
 * A fieldDescription: recordType (invoice unless given; '' leaves it out), sublist, field, filter, in
 * GetSelectValueFieldDescription's order.
 */
export function field(
  name: string,
  o: { recordType?: string; sublist?: string; filter?: [operator: string, value: string] } = {},
): string {
  const recordType = o.recordType ?? 'invoice';
  return (
    (recordType ? `<core:recordType>${recordType}</core:recordType>` : '') +
    (o.sublist ? `<core:sublist>${o.sublist}</core:sublist>` : '') +
    `<core:field>${name}</core:field>` +
    (o.filter
      ? `<core:filter operator="${o.filter[0]}"><core:filterValue>${o.filter[1]}</core:filterValue></core:filter>`
      : '')
  );
}
