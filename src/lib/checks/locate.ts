/**
 * Best-effort line lookup for a field path in a YAML text, so errors can say "file:line".
 * It follows keys by indentation and list items by counting "- " entries; when a step
 * cannot be followed it returns the line of the deepest step it did find.
 */
export function locateField(text: string, path: readonly PropertyKey[]): number | undefined {
  const lines = text.split('\n');
  let start = 0;
  let end = lines.length;
  let parentIndent = -1;
  let found: number | undefined;

  for (const step of path) {
    let hit = -1;
    if (typeof step === 'number') {
      let count = -1;
      let itemIndent = -1;
      for (let i = start; i < end; i++) {
        const m = /^(\s*)- /.exec(lines[i]!);
        if (!m) continue;
        const indent = m[1]!.length;
        if (indent <= parentIndent - 1 && itemIndent === -1) continue;
        if (itemIndent === -1) itemIndent = indent;
        if (indent !== itemIndent) continue;
        count++;
        if (count === step) {
          hit = i;
          break;
        }
      }
      // Inline flow lists ("sources: [a, b]") keep the parent's line.
      if (hit === -1) return found;
      parentIndent = (itemIndent === -1 ? 0 : itemIndent) + 2;
    } else {
      const key = String(step).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const re = new RegExp(`^(\\s*(?:- )?)${key}\\s*:|[{,]\\s*${key}\\s*:`);
      for (let i = start; i < end; i++) {
        const line = lines[i]!;
        const m = re.exec(line);
        if (!m) continue;
        const indent = m[1] !== undefined ? m[1].length : parentIndent + 1;
        if (m[1] !== undefined && indent <= parentIndent) continue;
        hit = i;
        parentIndent = m[1] !== undefined ? indent : parentIndent;
        break;
      }
      if (hit === -1) return found;
    }
    found = hit + 1;
    start = hit;
    // The block of this step ends at the next line indented at or below its own indent.
    const ownIndent = /^(\s*)/.exec(lines[hit]!)![1]!.length;
    end = lines.length;
    for (let i = hit + 1; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
      const ind = /^(\s*)/.exec(l)![1]!.length;
      if (ind < ownIndent || (ind === ownIndent && typeof step !== 'number' && !l.trimStart().startsWith('- '))) {
        end = i;
        break;
      }
    }
  }
  return found;
}
