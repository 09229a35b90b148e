/**
 * Item records as the sales rules need them (base price, taxable, fulfillable), read once per write even
 * when many lines use the same item.
 */
import type { RecordRepository } from '../ports';
import { ITEM_TYPES } from '../records/kinds';
import type { StoredRecord } from '../records/types';

export class ItemCatalog {
  private readonly items = new Map<string, Promise<StoredRecord | undefined>>();

  constructor(private readonly repo: RecordRepository) {}

  get(internalId: string | undefined): Promise<StoredRecord | undefined> {
    if (internalId === undefined) return Promise.resolve(undefined);
    let p = this.items.get(internalId);
    if (!p) {
      p = this.load(internalId);
      this.items.set(internalId, p);
    }
    return p;
  }

  private async load(internalId: string): Promise<StoredRecord | undefined> {
    const found = await this.repo.lookup(ITEM_TYPES, { internalId });
    return found ? this.repo.find(found.type, { internalId }) : undefined;
  }

  /** Whether an item is shipped (fulfilled) or, like a service, only billed. */
  async fulfillable(internalId: string | undefined): Promise<boolean> {
    const item = await this.get(internalId);
    if (!item) return false;
    switch (item.type) {
      case 'inventoryItem':
        return true;
      case 'nonInventorySaleItem':
        return item.fields.isFulfillable !== false;
      case 'serviceSaleItem':
        return item.fields.isFulfillable === true;
      default:
        return false;
    }
  }
}
