/**
 * platformCommonTyp: enumerations shared by records of several areas — countries, revenue and VSOE settings,
 * cost estimate types, relative posting periods. Record-level enums carry NetSuite's leading underscore
 * (`_unitedStates`). NetSuite's Country list has 252 values; the ones here are those known for certain.
 */
import type { SchemaDef } from '../model';
import { words } from './notation';

const COUNTRIES = words(`
  _argentina _australia _austria _belgium _brazil _bulgaria _canada _chile _china _colombia _cyprus
  _czechRepublic _denmark _egypt _estonia _finland _france _germany _greece _hongKong _hungary _iceland _india
  _indonesia _ireland _israel _italy _japan _kenya _latvia _lithuania _luxembourg _malaysia _malta _mexico
  _morocco _netherlands _newZealand _nigeria _norway _pakistan _peru _philippines _poland _portugal _romania
  _saudiArabia _singapore _slovenia _southAfrica _spain _sweden _switzerland _taiwan _thailand _ukraine
  _unitedArabEmirates _unitedKingdom _unitedStates _uruguay _vietnam
`);

export const schema: SchemaDef = {
  ns: 'commonTyp',
  complexTypes: [],
  enums: [
    { name: 'Country', open: true, values: COUNTRIES },
    { name: 'RevenueStatus', values: words('_pending _inProgress _completed _onRevCommitment') },
    {
      name: 'ItemCostEstimateType',
      values: words(`_averageCost _custom _derivedFromMemberItems _itemDefinedCost _lastPurchasePrice
        _preferredVendorRate _purchaseOrderRate _purchasePrice`),
    },
    { name: 'VsoeSopGroup', values: words('_exclude _normal _software') },
    { name: 'VsoeDeferral', values: words('_deferBundleUntilDelivered _deferUntilItemDelivered') },
    { name: 'VsoePermitDiscount', values: words('_asAllowed _never') },
    {
      name: 'PostingPeriodDate',
      open: true,
      values: words(
        '_lastFiscalQuarter _lastFiscalYear _lastPeriod _thisFiscalQuarter _thisFiscalYear _thisPeriod',
      ),
    },
    // Customer currency sublist: where the currency symbol sits (invented; not on the facts sheet).
    { name: 'CurrencySymbolPlacement', open: true, values: words('_beforeNumber _afterNumber') },
  ],
};
