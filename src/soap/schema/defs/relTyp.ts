/**
 * listRelTyp: the customer enumerations the Customer record references (facts sheet §6.2).
 */
import type { SchemaDef } from '../model';
import { words } from './notation';

export const schema: SchemaDef = {
  ns: 'relTyp',
  complexTypes: [],
  enums: [
    { name: 'CustomerStage', values: words('_customer _lead _prospect') },
    { name: 'CustomerCreditHoldOverride', values: words('_auto _on _off') },
    { name: 'EmailPreference', values: words('_default _hTML _pDF') },
  ],
};
