/**
 * A parser for the Protocol Buffers text format (the .prototxt files Caffe reads), following
 * the grammar in protobuf's text-format specification: fields `name: value`, nested messages
 * `name { … }` or `name < … >`, lists `[a, b]`, strings with escapes, numbers, identifiers and
 * `#` comments. npm has no parser for this format, so this is the nearest real one; it checks
 * syntax only, not field names against a schema.
 */

export interface TextFormatField {
  name: string;
  line: number;
  /** A scalar's source text, or the fields of a nested message. */
  value: string | TextFormatField[] | (string | TextFormatField[])[];
}

export class TextFormatError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(`${line}:${column}: ${message}`);
    this.line = line;
    this.column = column;
  }
}

type TokenKind = 'ident' | 'number' | 'string' | 'punct' | 'eof';
interface Token {
  kind: TokenKind;
  text: string;
  line: number;
  column: number;
}

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)[fFuU]?/y;
const STRING = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      lineStart = ++i;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const column = i - lineStart + 1;
    const at = (re: RegExp) => {
      re.lastIndex = i;
      return re.exec(text)?.[0];
    };
    let m: string | undefined;
    if ((m = at(STRING))) tokens.push({ kind: 'string', text: m, line, column });
    else if (ch === '"' || ch === "'")
      throw new TextFormatError('String is not closed on this line', line, column);
    else if ((m = at(NUMBER)) && !/[A-Za-z_]/.test(text[i + m.length] ?? ''))
      tokens.push({ kind: 'number', text: m, line, column });
    else if ((m = at(IDENT))) tokens.push({ kind: 'ident', text: m, line, column });
    else if ('{}<>[]:,;-./'.includes(ch)) tokens.push({ kind: 'punct', text: (m = ch), line, column });
    else throw new TextFormatError(`Unexpected character ${JSON.stringify(ch)}`, line, column);
    i += m.length;
  }
  tokens.push({ kind: 'eof', text: 'end of file', line, column: i - lineStart + 1 });
  return tokens;
}

/** Parses a text-format message; throws TextFormatError with the line and column of the first problem. */
export function parseTextFormat(text: string): TextFormatField[] {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const fail = (what: string, t = peek()): never => {
    throw new TextFormatError(
      `Expected ${what}, found ${t.kind === 'eof' ? 'the end of the file' : JSON.stringify(t.text)}`,
      t.line,
      t.column,
    );
  };
  const isPunct = (p: string) => peek().kind === 'punct' && peek().text === p;
  const expect = (p: string) => (isPunct(p) ? next() : fail(`"${p}"`));

  function fieldName(): Token {
    if (isPunct('[')) {
      // Extension or Any type URL: [pkg.ext] or [type.googleapis.com/pkg.Msg]
      const open = next();
      let name = '';
      while (!isPunct(']')) {
        const t = next();
        if (t.kind === 'eof') fail('"]"', t);
        name += t.text;
      }
      next();
      return { ...open, kind: 'ident', text: `[${name}]` };
    }
    return peek().kind === 'ident' ? next() : fail('a field name');
  }

  function scalar(): string {
    const t = peek();
    if (t.kind === 'string') {
      let s = '';
      while (peek().kind === 'string') s += next().text; // adjacent strings concatenate
      return s;
    }
    if (isPunct('-')) {
      next();
      const n = peek();
      if (n.kind === 'number' || (n.kind === 'ident' && /^(inf|infinity|nan)$/i.test(n.text)))
        return `-${next().text}`;
      return fail('a number after "-"');
    }
    if (t.kind === 'number' || t.kind === 'ident') return next().text;
    return fail('a value (number, string or identifier)');
  }

  function messageBody(close: string | null): TextFormatField[] {
    const fields: TextFormatField[] = [];
    while (!(close === null ? peek().kind === 'eof' : isPunct(close))) {
      if (peek().kind === 'eof') fail(`"${close}" to close the message`);
      const name = fieldName();
      const colon = isPunct(':') ? next() : undefined;
      let value: TextFormatField['value'];
      if (isPunct('{') || isPunct('<')) {
        const open = next().text;
        value = messageBody(open === '{' ? '}' : '>');
        next();
      } else if (isPunct('[')) {
        next();
        const items: (string | TextFormatField[])[] = [];
        while (!isPunct(']')) {
          if (isPunct('{') || isPunct('<')) {
            const open = next().text;
            items.push(messageBody(open === '{' ? '}' : '>'));
            next();
          } else items.push(scalar());
          if (!isPunct(']')) expect(',');
        }
        next();
        value = items;
      } else {
        if (!colon) fail(`":" after the field name "${name.text}"`);
        value = scalar();
      }
      if (isPunct(';') || isPunct(',')) next();
      fields.push({ name: name.text, line: name.line, value });
    }
    return fields;
  }

  return messageBody(null);
}
