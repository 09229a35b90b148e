/**
 * The ceiling: a bare node:http server that reads the request body and answers every request with the
 * same canned bytes (a real Billwire get response, captured by the benchmark). No parsing, no auth, no
 * database, no framework: what the machine and Node's HTTP stack can do with this load shape.
 *
 * Usage: node bare-http.js <response-file>   (listens on a free port and prints "listening <port>")
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const file = process.argv[2];
if (!file) {
  console.error('usage: bare-http <response-file>');
  process.exit(2);
}
const body = fs.readFileSync(file);
const headers = { 'content-type': 'text/xml; charset=utf-8', 'content-length': String(body.length) };

const server = http.createServer((req, res) => {
  req.on('data', () => undefined);
  req.on('end', () => {
    res.writeHead(200, headers);
    res.end(body);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)).closeAllConnections());
