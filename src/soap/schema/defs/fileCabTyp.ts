/**
 * docFileCabTyp: file media types (a subset of NetSuite's MediaType; upper-case after the underscore, as
 * NetSuite spells them).
 */
import type { SchemaDef } from '../model';
import { words } from './notation';

export const schema: SchemaDef = {
  ns: 'fileCabTyp',
  complexTypes: [],
  enums: [
    {
      name: 'MediaType',
      open: true,
      values: words('_PLAINTEXT _PDF _PNGIMAGE _JPGIMAGE _CSV _EXCEL _WORD _XMLDOC _JSON _MISCBINARY'),
    },
  ],
};
