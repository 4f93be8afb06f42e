/**
 * One theme pair for Markdown fences and <Code>. The high-contrast pair passes axe's 4.5:1
 * contrast rule in both themes; github-light does not (#e36209 on white is 3.48:1).
 */
export const SHIKI_THEMES = {
  light: 'github-light-high-contrast',
  dark: 'github-dark-high-contrast',
} as const;
