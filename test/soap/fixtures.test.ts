/**
 * The golden envelopes in test/fixtures/<operation>__<behaviour>/ (format in test/fixtures/README.md): for
 * each folder a fresh server (so internalIds and tranIds are deterministic), the setup requests, then
 * request.xml, whose answer must match response.xml line for line after normalisation (and likewise the
 * optional then-request.xml / then-response.xml). A mismatch fails with a diff of the normalised lines.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/server';
import { expandRequest, goldenDiff, splitEnvelopes } from '../support/golden';
import { describeReply, postXml } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures');

const folders = fs
  .readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.includes('__'))
  .map((d) => d.name)
  .sort();

/** The SOAPAction of a request: the local name of the first element in its Body. */
function operationOf(xml: string): string {
  return /<(?:[\w.-]+:)?Body[^>]*>\s*<(?:[\w.-]+:)?(\w+)/.exec(xml)?.[1] ?? '';
}

function read(folder: string, file: string): string | undefined {
  const p = path.join(FIXTURES, folder, file);
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined;
}

describe(`golden envelopes (${TEST_DB})`, () => {
  it('has fixture folders to run', () => {
    expect(folders.length).to.be.greaterThan(0);
  });

  for (const folder of folders) {
    describe(folder, () => {
      let s: TestServer;
      before(async () => {
        s = await startTestServer();
      });
      after(() => s.close());

      async function exchange(requestFile: string, responseFile: string): Promise<void> {
        const request = expandRequest(read(folder, requestFile)!);
        const expected = read(folder, responseFile);
        if (expected === undefined) throw new Error(`${folder}/${responseFile} is missing`);
        const r = await postXml(s.endpoint(), request, operationOf(request));
        const diff = goldenDiff(expected, r.text);
        if (diff !== undefined) {
          expect.fail(
            `the answer differs from test/fixtures/${folder}/${responseFile} (- expected, + actual):\n${diff}`,
          );
        }
        expect(r.status, describeReply(r)).to.equal(expected.includes(':Fault>') ? 500 : 200);
        expect(r.contentType).to.match(/^text\/xml/);
      }

      it(`answers request.xml with response.xml`, async () => {
        const setup = read(folder, 'setup.xml');
        for (const [k, env] of (setup ? splitEnvelopes(setup) : []).entries()) {
          const request = expandRequest(env);
          const r = await postXml(s.endpoint(), request, operationOf(request));
          expect(r.status, `setup request ${k + 1}: ${describeReply(r)}`).to.equal(200);
          expect(r.text, `setup request ${k + 1}: ${describeReply(r)}`).to.not.include('isSuccess="false"');
        }
        await exchange('request.xml', 'response.xml');
        if (read(folder, 'then-request.xml') !== undefined)
          await exchange('then-request.xml', 'then-response.xml');
      });
    });
  }
});
