// Preloaded (node --import) into every JavaScript snippet run by npm run verify:snippets.
// Node has no equivalent of Python's warning locations, so this reports a warning whose call
// stack passes through the snippet's own file (ATLAS_SNIPPET_FILE): a console.warn from a
// library call the snippet made (TensorFlow.js prints its deprecation notices that way) or a
// process warning (Node's DeprecationWarning). Each is written to stderr as
// `atlas-snippet-warning line N: message`, and the verifier fails the run on it.
import { fileURLToPath } from 'node:url';

const snippet = process.env.ATLAS_SNIPPET_FILE;
// TensorFlow.js prints this once when its CPU backend first runs under Node; it recommends
// tfjs-node (a native binary) and says nothing about the snippet's code.
const NODE_BACKEND_NOTICE = 'looks like you are running TensorFlow.js in Node.js';

/** The line of the innermost stack frame in the snippet file, or undefined. */
function snippetLine(stack) {
  for (const m of String(stack ?? '').matchAll(/\(?((?:file:\/\/)?\/[^\s():]+):(\d+):\d+\)?$/gm)) {
    const file = m[1].startsWith('file://') ? fileURLToPath(m[1]) : m[1];
    if (file === snippet) return Number(m[2]);
  }
  return undefined;
}

function report(line, text) {
  const first =
    text
      .trim()
      .split('\n')
      .find((l) => l.trim() && !/^=+$/.test(l.trim())) ?? '';
  process.stderr.write(`atlas-snippet-warning line ${line}: ${first.trim()}\n`);
}

const warn = console.warn.bind(console);
console.warn = (...args) => {
  const text = args.map(String).join(' ');
  const line = snippetLine(new Error().stack);
  if (line !== undefined && !text.includes(NODE_BACKEND_NOTICE)) report(line, text);
  warn(...args);
};

process.on('warning', (w) => {
  const line = snippetLine(w.stack);
  if (line !== undefined) report(line, `${w.name}: ${w.message}`);
});
