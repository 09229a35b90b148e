/**
 * How a sent record combines with the stored one (NetSuite update semantics): only sent fields change;
 * nullFieldList clears fields and custom fields; custom fields merge by script id; item lines are replaced
 * (replaceAll, the default) or merged by `line` (replaceAll="false", lines without `line` are appended).
 * Lines keep their numbers across edits; new lines are numbered after the highest one in use.
 */
import { RecordError } from '../errors';
import type { CustomField, Fields, ItemListInput, Line, LineInput } from './types';

function sameCustomField(a: CustomField, b: CustomField): boolean {
  return (
    (a.scriptId !== undefined && a.scriptId === b.scriptId) ||
    (a.internalId !== undefined && a.internalId === b.internalId)
  );
}

export function mergeCustomFields(
  stored: readonly CustomField[],
  sent: readonly CustomField[] | undefined,
  cleared: ReadonlySet<string>,
): CustomField[] {
  const out = stored.filter(
    (c) => !(c.scriptId && cleared.has(c.scriptId)) && !(c.internalId && cleared.has(c.internalId)),
  );
  for (const c of sent ?? []) {
    const i = out.findIndex((o) => sameCustomField(o, c));
    if (i >= 0) out[i] = c;
    else out.push(c);
  }
  return out;
}

export function mergeFields(stored: Fields, sent: Fields, cleared: ReadonlySet<string>): Fields {
  const out: Fields = { ...stored, ...sent };
  for (const name of cleared) delete out[name];
  return out;
}

/**
 * Numbers sent lines: a line that names its `line` keeps it; the others get numbers after `floor` and after
 * every named line. Line numbers are never reused, so an invoice's orderLine keeps pointing at one line.
 */
export function newLines(sent: readonly LineInput[], floor = 0): Line[] {
  const named = sent.map((l) => l.fields.line).filter((n): n is number => typeof n === 'number');
  if (new Set(named).size !== named.length) {
    throw new RecordError('INVALID_SUBLIST_DESC', 'Two lines of the itemList have the same line number.');
  }
  let next = Math.max(floor, 0, ...named) + 1;
  return sent.map((l) => {
    const { line, ...fields } = l.fields;
    return { line: typeof line === 'number' ? line : next++, fields, customFields: l.customFields ?? [] };
  });
}

export function mergeLines(stored: readonly Line[], sent: ItemListInput | undefined): Line[] {
  if (!sent) return stored.map((l) => ({ ...l, fields: { ...l.fields } }));
  const highest = stored.reduce((m, l) => Math.max(m, l.line), 0);
  if (sent.replaceAll) return newLines(sent.lines, highest);
  const out = stored.map((l) => ({ ...l, fields: { ...l.fields } }));
  let next = highest + 1;
  for (const l of sent.lines) {
    const key = l.fields.line;
    const { line: _key, ...fields } = l.fields;
    if (key === undefined) {
      out.push({ line: next++, fields, customFields: l.customFields ?? [] });
      continue;
    }
    const target = out.find((o) => o.line === key);
    if (!target)
      throw new RecordError('INVALID_SUBLIST_DESC', `The itemList has no line ${String(key)} to update.`);
    target.fields = { ...target.fields, ...fields };
    target.customFields = mergeCustomFields(target.customFields, l.customFields, new Set());
  }
  return out;
}
