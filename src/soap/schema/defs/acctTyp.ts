/**
 * listAcctTyp: accounting list enumerations — the item type an ItemSearchBasic `type` filter names (facts
 * sheet §6.3).
 */
import type { SchemaDef } from '../model';
import { words } from './notation';

export const schema: SchemaDef = {
  ns: 'acctTyp',
  complexTypes: [],
  enums: [
    {
      name: 'ItemType',
      values:
        words(`_assembly _description _discount _downloadItem _giftCertificateItem _inventoryItem _itemGroup _kit
        _markup _nonInventoryItem _otherCharge _payment _service _subtotal`),
    },
  ],
};
