/** Builds the "edit this file" and "report a problem" links of a page from the repository URL. */

/** GitHub's web editor for a file on a branch. */
export function editFileUrl(repository: string, branch: string, file: string): string {
  return `${repository}/edit/${branch}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** What a prefilled problem report is about. */
export interface ProblemReport {
  /** The framework's display name and id, when the page is about one. */
  framework?: { name: string; id: string };
  /** The page's absolute URL. */
  page: string;
  /** The data file behind the page, if any. */
  file?: string;
  /** The field the reader is reporting, when known. */
  field?: string;
}

/** A new-issue URL with the title and body prefilled, so readers only describe what is wrong. */
export function reportProblemUrl(repository: string, report: ProblemReport): string {
  const subject = report.framework ? `${report.framework.name}` : 'Page';
  const title = `Problem: ${subject}${report.field ? ` › ${report.field}` : ''}`;
  const body = [
    report.framework ? `Framework: ${report.framework.name} (\`${report.framework.id}\`)` : undefined,
    `Page: ${report.page}`,
    report.file ? `Data file: \`${report.file}\`` : undefined,
    `Field: ${report.field ?? '(which fact?)'}`,
    '',
    'What is wrong, and a source that shows the correct fact:',
    '',
  ]
    .filter((l) => l !== undefined)
    .join('\n');
  const params = new URLSearchParams({ title, body, labels: 'data' });
  return `${repository}/issues/new?${params.toString()}`;
}
