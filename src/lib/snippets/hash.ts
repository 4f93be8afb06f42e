import { createHash } from 'node:crypto';

/** SHA-256 of a snippet's text with CRLF line endings read as LF, so checkouts on Windows agree. */
export function snippetHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}
