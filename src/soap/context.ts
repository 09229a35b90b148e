/** What every operation handler receives, and the handler signature the operation table enforces. */
import type { RequestScope } from '../domain/account';
import type { Logger } from '../log';
import type { WireObject } from './codec/wire';
import type { WsVersion } from './schema/namespaces';
import type { Services } from '../services';

export interface SearchPreferences {
  readonly bodyFieldsOnly: boolean;
  readonly returnSearchColumns: boolean;
  readonly pageSize?: number;
  /** Not a header field: the largest pageSize allowed, where it is not search's 1,000 (asyncSearch: 2,000). */
  readonly maxPageSize?: number;
}

export interface OperationContext {
  readonly requestId: string;
  readonly version: WsVersion;
  readonly scope: RequestScope;
  readonly searchPreferences: SearchPreferences;
  readonly services: Services;
  readonly log: Logger;
}

/** Decoded request wrapper in, response wrapper content out (both plain wire values). */
export type Handler = (ctx: OperationContext, request: WireObject) => Promise<WireObject>;
