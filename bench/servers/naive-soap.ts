/**
 * The naive peer: the SOAP server most people would write first, node-soap's `soap.listen` on our own
 * WSDL, answering `get` with a canned 10-line invoice. No authentication and no database, so it does less
 * work than Billwire per request; Billwire's target is to beat it anyway (the design says by 1.2x).
 *
 * Usage: node naive-soap.js <wsdl-file>   (listens on a free port and prints "listening <port>")
 * The WSDL imports ../xsd/*.xsd; passing the file's path as `uri` lets node-soap resolve them.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as soap from 'soap';

const wsdlFile = process.argv[2];
if (!wsdlFile) {
  console.error('usage: naive-soap <wsdl-file>');
  process.exit(2);
}

function line(i: number) {
  const quantity = i + 1;
  const rate = (19.99 + i * 5.25).toFixed(2);
  return {
    item: { attributes: { internalId: String(2 + i) }, name: `Service ${i + 1}` },
    line: quantity,
    description: `Consulting, line ${i + 1}: analysis and implementation hours`,
    amount: (quantity * Number(rate)).toFixed(2),
    quantity,
    rate,
    customFieldList: {
      customField: [
        {
          attributes: { 'xsi:type': 'platformCore:StringCustomFieldRef', scriptId: 'custcol_project' },
          value: `PRJ-${1000 + i}`,
        },
      ],
    },
  };
}

const lines = Array.from({ length: 10 }, (_, i) => line(i));
const total = lines.reduce((sum, l) => sum + Number(l.amount), 0).toFixed(2);
const invoice = {
  attributes: { 'xsi:type': 'tranSales:Invoice', internalId: '1' },
  createdDate: '2026-01-15T10:00:00.000-08:00',
  lastModifiedDate: '2026-01-15T10:00:00.000-08:00',
  entity: { attributes: { internalId: '1' }, name: 'Bench Customer' },
  tranDate: '2026-01-15T00:00:00.000-08:00',
  tranId: '1',
  memo: 'Billwire benchmark invoice',
  amountPaid: '0.00',
  amountRemaining: total,
  subTotal: total,
  total,
  status: 'Open',
  itemList: { item: lines },
};

const services = {
  NetSuiteService: {
    NetSuitePort: {
      get: () => ({ readResponse: { status: { attributes: { isSuccess: 'true' } }, record: invoice } }),
    },
  },
};

const server = http.createServer((_req, res) => {
  res.statusCode = 404;
  res.end();
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  soap.listen(server, {
    path: '/services/NetSuitePort_2023_2',
    services,
    xml: fs.readFileSync(wsdlFile, 'utf8'),
    uri: wsdlFile,
    suppressStack: true,
    callback: (err: unknown) => {
      if (err) {
        console.error(`naive-soap: could not load the WSDL: ${String(err)}`);
        process.exit(1);
      }
      console.log(`listening ${(server.address() as AddressInfo).port}`);
    },
  });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)).closeAllConnections());
