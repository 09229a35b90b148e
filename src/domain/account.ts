/**
 * The account a request acts for, and its preferences. Every record belongs to exactly one account.
 */

/** What initialize bills from a sales order line: the quantity ordered or the quantity fulfilled. */
export type BillingBasis = 'ordered' | 'fulfilled';

export interface AccountPreferences {
  readonly billingBasis: BillingBasis;
}

export interface AccountContext {
  readonly id: string;
  /** IANA zone: "today", dueDate arithmetic and the offsets written on dates use it. */
  readonly timeZone: string;
  readonly preferences: AccountPreferences;
}

/** Per-request facts the domain needs: who, when, and the client's SOAP preferences that change rules. */
export interface RequestScope {
  readonly account: AccountContext;
  readonly now: number;
  /** preferences.ignoreReadOnlyFields: drop computed fields a client sends back instead of refusing them. */
  readonly ignoreReadOnlyFields: boolean;
  /** Overrides the account's billing basis for this request (batch invoicing by delivered or ordered quantity). */
  readonly billingBasis?: BillingBasis;
}

export const DEFAULT_PREFERENCES: AccountPreferences = { billingBasis: 'ordered' };
