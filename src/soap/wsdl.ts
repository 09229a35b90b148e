/**
 * Serves our WSDL and XSDs: GET /wsdl/v<version>_0/netsuite.wsdl, GET /wsdl/v<version>_0/xsd/<file>, and
 * GET /services/NetSuitePort_<version>?wsdl. The committed files are in the base version; each request gets
 * them in its version's namespaces, with the service address and the schema locations pointing back at
 * this server (so a client generated from the served WSDL calls Billwire without any change).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';
import { BASE_VERSION, isSupportedVersion, type WsVersion } from './schema/namespaces';
import { XSD_FROM_WSDL } from './schema/render';

export class SchemaFiles {
  private readonly wsdl: string;
  private readonly xsd = new Map<string, string>();
  private readonly cache = new Map<string, string>();

  constructor(root: string) {
    this.wsdl = fs.readFileSync(path.join(root, 'wsdl', 'netsuite.wsdl'), 'utf8');
    for (const f of fs.readdirSync(path.join(root, 'xsd'))) {
      if (f.endsWith('.xsd')) this.xsd.set(f, fs.readFileSync(path.join(root, 'xsd', f), 'utf8'));
    }
  }

  private static forVersion(text: string, version: WsVersion): string {
    return version === BASE_VERSION
      ? text
      : text.replace(new RegExp(`_${BASE_VERSION}(?=[.])`, 'g'), `_${version}`);
  }

  wsdlText(version: WsVersion, baseUrl: string): string {
    const key = `wsdl|${version}|${baseUrl}`;
    let text = this.cache.get(key);
    if (!text) {
      text = SchemaFiles.forVersion(this.wsdl, version)
        .split(`schemaLocation="${XSD_FROM_WSDL}`)
        .join(`schemaLocation="${baseUrl}/wsdl/v${version}_0/xsd/`)
        .replace(
          /<soap:address location="[^"]*"\/>/,
          `<soap:address location="${baseUrl}/services/NetSuitePort_${version}"/>`,
        );
      this.cache.set(key, text);
    }
    return text;
  }

  xsdText(version: WsVersion, file: string): string | undefined {
    const raw = this.xsd.get(file);
    return raw === undefined ? undefined : SchemaFiles.forVersion(raw, version);
  }
}

function baseUrlOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

function versionOfDir(dir: string): WsVersion | undefined {
  const m = /^v(\d{4}_\d)_0$/.exec(dir);
  return m && isSupportedVersion(m[1]!) ? (m[1] as WsVersion) : undefined;
}

function notFound(res: Response, what: string): void {
  res.status(404).type('text/plain').send(`${what} not found\n`);
}

export function wsdlRoutes(files: SchemaFiles) {
  return {
    wsdl: (req: Request, res: Response) => {
      const v = versionOfDir(String(req.params.dir));
      if (!v) return notFound(res, 'WSDL version');
      res.type('text/xml; charset=utf-8').send(files.wsdlText(v, baseUrlOf(req)));
    },
    xsd: (req: Request, res: Response) => {
      const v = versionOfDir(String(req.params.dir));
      const text = v && files.xsdText(v, String(req.params.file));
      if (!text) return notFound(res, 'Schema');
      res.type('text/xml; charset=utf-8').send(text);
    },
    endpointWsdl: (req: Request, res: Response, next: () => void) => {
      const m = /^NetSuitePort_(\d{4}_\d)$/.exec(String(req.params.port));
      if (!('wsdl' in req.query) || !m || !isSupportedVersion(m[1]!)) return next();
      res.type('text/xml; charset=utf-8').send(files.wsdlText(m[1] as WsVersion, baseUrlOf(req)));
    },
  };
}
