/** A key or list item found in a YAML text, with the indentation it lives at. */
interface Token {
  line: number;
  indent: number;
  kind: 'key' | 'item';
  key?: string;
  /** A key inside a flow mapping ("cpu: { value: yes }"): it belongs to its line's block key. */
  inline?: boolean;
}

const BLOCK = /^(\s*)((?:- )*)(?:([A-Za-z0-9_-]+|"[^"]*"|'[^']*')\s*:(?:\s|$))?/;
const INLINE_KEY = /[{,]\s*([A-Za-z0-9_-]+)\s*:/g;

/** Reads the block structure of a YAML text: keys and list items with their indentation. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  text.split('\n').forEach((raw, i) => {
    const content = raw.replace(/\s+#.*$/, '');
    if (content.trim() === '' || content.trimStart().startsWith('#')) return;
    const m = BLOCK.exec(content)!;
    let indent = m[1].length;
    for (let d = 0; d < m[2].length / 2; d++) {
      tokens.push({ line: i + 1, indent, kind: 'item' });
      indent += 2;
    }
    if (m[3]) tokens.push({ line: i + 1, indent, kind: 'key', key: m[3].replace(/^["']|["']$/g, '') });
    for (const inline of content.slice(m[0].length).matchAll(INLINE_KEY)) {
      tokens.push({
        line: i + 1,
        indent: Number.MAX_SAFE_INTEGER,
        kind: 'key',
        key: inline[1],
        inline: true,
      });
    }
  });
  return tokens;
}

/**
 * Best-effort line lookup for a field path in a YAML text, so errors can say "file:line".
 * It follows keys and list items by indentation; keys inside flow mappings are found on
 * their parent's line. When a step cannot be followed it returns the deepest line it reached.
 */
export function locateField(text: string, path: readonly PropertyKey[]): number | undefined {
  const tokens = tokenize(text);
  let start = 0;
  let end = tokens.length;
  let parentLine: number | undefined;
  let found: number | undefined;

  for (const step of path) {
    const block = tokens.slice(start, end).filter((t) => !t.inline);
    const childIndent = Math.min(...block.map((t) => t.indent));
    let index = -1;
    if (typeof step === 'number') {
      let count = -1;
      for (let i = start; i < end && index === -1; i++) {
        const t = tokens[i];
        if (!t.inline && t.kind === 'item' && t.indent === childIndent && ++count === step) index = i;
      }
    } else {
      for (let i = start; i < end && index === -1; i++) {
        const t = tokens[i];
        if (!t.inline && t.kind === 'key' && t.indent === childIndent && t.key === String(step)) index = i;
      }
      // A flow mapping keeps its keys on the parent's line.
      if (index === -1 && parentLine !== undefined) {
        const inline = tokens.find((t) => t.inline && t.line === parentLine && t.key === String(step));
        if (inline) return inline.line;
      }
    }
    if (index === -1) return found;
    const hit = tokens[index];
    found = hit.line;
    parentLine = hit.line;
    start = index + 1;
    end = start;
    while (end < tokens.length && (tokens[end].inline || tokens[end].indent > hit.indent)) end++;
  }
  return found;
}
