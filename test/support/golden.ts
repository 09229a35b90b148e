/**
 * Golden envelopes (test/fixtures/<operation>__<behaviour>/): request templates expanded before sending, and
 * expected responses compared line by line after both sides are normalised to one element per line. The
 * syntax is documented in test/fixtures/README.md; test/soap/fixtures.test.ts runs the folders.
 */
import { passportXml, signedPassport, type PassportParts } from './passport';
import { ns } from './soap';

// ---- request templates -------------------------------------------------------------------------------

/**
 * Expands `{{repeat N}}…{{/repeat}}` (N copies, `{{i}}` = 1…N) and `{{tokenPassport}}` (a freshly signed
 * passport; `{{tokenPassport signature=AAAA}}` overrides parts after signing). The passport declares the
 * prefixes it uses itself, so it fits any envelope.
 */
export function expandRequest(template: string, version = '2023_2'): string {
  const n = ns(version);
  return template
    .replace(/\{\{repeat (\d+)\}\}([\s\S]*?)\{\{\/repeat\}\}/g, (_m, count: string, body: string) =>
      Array.from({ length: Number(count) }, (_, i) => body.replace(/\{\{i\}\}/g, String(i + 1))).join(''),
    )
    .replace(/\{\{tokenPassport((?: \w+=[^\s}]*)*)\}\}/g, (_m, args: string) => {
      const overrides: Partial<PassportParts> = {};
      for (const [, k, v] of args.matchAll(/(\w+)=([^\s}]*)/g)) {
        (overrides as Record<string, string | number>)[k!] = k === 'timestamp' ? Number(v) : v!;
      }
      return passportXml(signedPassport(undefined, overrides)).replace(
        '<msgs:tokenPassport>',
        `<msgs:tokenPassport xmlns:msgs="${n.msgs}" xmlns:core="${n.core}">`,
      );
    });
}

/** setup.xml: one or more complete request envelopes, each starting at its `<?xml …?>` declaration. */
export function splitEnvelopes(text: string): string[] {
  return text
    .split(/(?=<\?xml\s)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

// ---- normalising and comparing -----------------------------------------------------------------------

/** The document as lines: one tag, or one `<a>text</a>` element, per line, indented by depth. */
export function prettyLines(xml: string): string[] {
  const tokens = (xml.match(/<[^>]*>|[^<]+/g) ?? [])
    .map((t) => (t.startsWith('<') ? t.replace(/\s+/g, ' ').replace(/\s+(\/?>)$/, '$1') : t.trim()))
    .filter((t) => t !== '');
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const pad = '  '.repeat(depth);
    if (t.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push('  '.repeat(depth) + t);
    } else if (t.startsWith('<?') || t.startsWith('<!') || t.endsWith('/>')) {
      lines.push(pad + t);
    } else if (t.startsWith('<')) {
      const next = tokens[i + 1];
      const after = tokens[i + 2];
      if (next !== undefined && !next.startsWith('<') && after?.startsWith('</')) {
        lines.push(pad + t + next + after);
        i += 2;
      } else if (next?.startsWith('</')) {
        lines.push(pad + t + next);
        i += 1;
      } else {
        lines.push(pad + t);
        depth++;
      }
    } else {
      lines.push(pad + t);
    }
  }
  return lines;
}

const WILDCARDS: Record<string, string> = {
  '*': '[^<>]*?',
  dateTime: '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})',
  nsId: 'WEBSERVICES_\\w+_\\d+_[0-9a-f]+',
};

const patterns = new Map<string, RegExp>();

/** Does an actual line match an expected line (which may hold `{{*}}`, `{{dateTime}}`, `{{nsId}}`)? */
export function lineMatches(expected: string, actual: string): boolean {
  if (!expected.includes('{{')) return expected === actual;
  let re = patterns.get(expected);
  if (!re) {
    const source = expected
      .split(/(\{\{\w+\}\}|\{\{\*\}\})/)
      .map((part) => {
        const w = /^\{\{(\w+|\*)\}\}$/.exec(part);
        if (w) {
          const p = WILDCARDS[w[1]!];
          if (!p) throw new Error(`unknown wildcard ${part} in a golden response`);
          return p;
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    re = new RegExp(`^${source}$`);
    patterns.set(expected, re);
  }
  return re.test(actual);
}

/**
 * Compares an expected (golden) document with an actual one. Undefined when they match; otherwise a
 * readable diff of the normalised lines (`-` expected only, `+` actual only), with some context.
 */
export function goldenDiff(expectedXml: string, actualXml: string, context = 3): string | undefined {
  const e = prettyLines(expectedXml);
  const a = prettyLines(actualXml);
  // Longest common subsequence, where "equal" means the actual line matches the expected pattern.
  const lcs: number[][] = Array.from({ length: e.length + 1 }, () => new Array<number>(a.length + 1).fill(0));
  for (let i = e.length - 1; i >= 0; i--) {
    for (let j = a.length - 1; j >= 0; j--) {
      lcs[i]![j] = lineMatches(e[i]!, a[j]!)
        ? lcs[i + 1]![j + 1]! + 1
        : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: [' ' | '-' | '+', string][] = [];
  let i = 0;
  let j = 0;
  while (i < e.length || j < a.length) {
    if (i < e.length && j < a.length && lineMatches(e[i]!, a[j]!)) {
      ops.push([' ', a[j]!]);
      i++;
      j++;
    } else if (j < a.length && (i === e.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      ops.push(['+', a[j++]!]);
    } else {
      ops.push(['-', e[i++]!]);
    }
  }
  if (ops.every(([op]) => op === ' ')) return undefined;
  const show = ops.map((_, k) =>
    ops.slice(Math.max(0, k - context), k + context + 1).some(([o]) => o !== ' '),
  );
  const out: string[] = [];
  ops.forEach(([op, line], k) => {
    if (show[k]) out.push(`${op} ${line}`);
    else if (show[k - 1]) out.push('  ...');
  });
  return out.join('\n');
}
