// Reading user-supplied bytes and JSON (answer files, saved data) into a value or an issue with
// line and column. Browsers word JSON.parse errors differently and in English, and only some name a
// position, so the position is found here: a small scanner runs only once JSON.parse has failed.
import { failed, issue, type IssueCode, type Result } from './issues.ts';

/** Deepest nesting of arrays and objects accepted; a valid answer file or saved entry needs 10 levels. */
export const MAX_NESTING_DEPTH = 32;

type JsonCode = Extract<IssueCode, `json-${string}`>;
interface Found {
  code: JsonCode;
  index: number;
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

/** True when arrays and objects nest deeper than `limit` (checked before JSON.parse, which is slow on deep nesting). */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const HEX = /^[0-9a-fA-F]{4}$/;

/** Where and why `text` is no JSON (RFC 8259); undefined if it is. Iterative: any depth. */
function findJsonError(text: string): Found | undefined {
  const n = text.length;
  let i = 0;
  const stack: string[] = [];
  type Expect = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end' | 'end';
  let expect: Expect = 'value';
  const afterValue = (): Expect => (stack.length ? 'comma-or-end' : 'end');
  const at = (code: JsonCode, index = i): Found => ({ code: index >= n ? 'json-truncated' : code, index });

  const string = (): Found | undefined => {
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return undefined;
      }
      if (c < 0x20) return at('json-invalid-string');
      if (c === 92) {
        const escape = text[i + 1];
        if (escape === undefined) return at('json-truncated', n);
        if (escape === 'u') {
          if (i + 6 > n) return at('json-truncated', n);
          if (!HEX.test(text.slice(i + 2, i + 6))) return at('json-invalid-string');
          i += 5;
        } else if ('"\\/bfnrt'.includes(escape)) i++;
        else return at('json-invalid-string');
      }
    }
    return at('json-truncated', n);
  };
  const number = (): Found | undefined => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (isDigit(text[i])) while (isDigit(text[i])) i++;
    else return at('json-invalid-number');
    if (text[i] === '.') {
      i++;
      if (!isDigit(text[i])) return at('json-invalid-number');
      while (isDigit(text[i])) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!isDigit(text[i])) return at('json-invalid-number');
      while (isDigit(text[i])) i++;
    }
    return undefined;
  };
  const literal = (): Found | undefined => {
    const word = ['true', 'false', 'null'].find((w) => w[0] === text[i])!;
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return at('json-unexpected-character');
    return undefined;
  };

  for (;;) {
    while (i < n && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= n) return expect === 'end' ? undefined : at('json-truncated', n);
    const c = text[i]!;
    let found: Found | undefined;
    switch (expect) {
      case 'end':
        return at('json-trailing-data');
      case 'colon':
        if (c !== ':') return at('json-unexpected-character');
        i++;
        expect = 'value';
        continue;
      case 'comma-or-end':
        if (c === ',') {
          i++;
          expect = stack[stack.length - 1] === '{' ? 'key' : 'value';
          continue;
        }
        if ((c === '}' && stack[stack.length - 1] === '{') || (c === ']' && stack[stack.length - 1] === '[')) {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        return at('json-unexpected-character');
      case 'key':
      case 'key-or-end':
        if (c === '}' && expect === 'key-or-end') {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        if (c !== '"') return at('json-unexpected-character');
        found = string();
        expect = 'colon';
        break;
      case 'value':
      case 'value-or-end':
        if (c === ']' && expect === 'value-or-end') {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          expect = c === '{' ? 'key-or-end' : 'value-or-end';
          continue;
        }
        if (c === '"') found = string();
        else if (c === '-' || isDigit(c)) found = number();
        else if ('tfn'.includes(c)) found = literal();
        else return at('json-unexpected-character');
        expect = afterValue();
    }
    if (found) return found;
  }
}

/** The parsed value, or one issue with line and column (and the character found, where that helps). */
export function readJson(text: string, maxDepth = MAX_NESTING_DEPTH): Result<unknown> {
  if (nestsDeeperThan(text, maxDepth)) return failed(issue('json-too-deep', [], { max: maxDepth }));
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const found = findJsonError(text) ?? { code: 'json-unexpected-character', index: 0 };
    const char = found.index < text.length ? String.fromCodePoint(text.codePointAt(found.index)!) : '';
    return failed({ ...issue(found.code, [], char ? { char } : {}), ...lineAndColumn(text, found.index) });
  }
}

/** Index of the first byte that is not valid UTF-8 (overlong forms and surrogates included), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** The text of UTF-8 bytes, or an issue naming line and column of the first byte that is not UTF-8 (e.g. Windows-1252). */
export function decodeUtf8(bytes: Uint8Array): Result<string> {
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const index = Math.max(firstInvalidUtf8(bytes), 0);
    const lineStart = index === 0 ? 0 : bytes.lastIndexOf(0x0a, index - 1) + 1;
    const line = bytes.subarray(0, lineStart).reduce((count, b) => count + (b === 0x0a ? 1 : 0), 1);
    const column = [...new TextDecoder().decode(bytes.subarray(lineStart, index))].length + 1;
    return failed({ ...issue('file-not-utf8'), line, column });
  }
}
