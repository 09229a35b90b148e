/**
 * docFileCab: the File record, so invoices can carry attachments (attach/detach). Not on the facts sheet:
 * a Billwire subset of NetSuite's File with the fields an attachment needs, content as base64.
 */
import { fields, type SchemaDef } from '../model';
import { RECORD_KEYS } from './notation';

export const schema: SchemaDef = {
  ns: 'fileCab',
  complexTypes: [
    {
      name: 'File',
      base: 'core:Record',
      elements: fields(
        `name:str, mediaTypeName:str, fileType:fileCabTyp:MediaType, content:xsd:base64Binary, folder:Ref,
        fileSize:dbl, url:str, description:str, isOnline:bool, isInactive:bool`,
        'fileCab',
      ),
      attributes: [...RECORD_KEYS],
    },
  ],
};
