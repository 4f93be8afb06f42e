// html-validate configuration for the pages in dist/ (checked by tests/build/html.test.ts).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Shiki colours code tokens with style attributes; the CSP allows exactly that (style-src-attr).
    'no-inline-style': 'off',
    // Page titles carry the site name after the page's own title, which can pass 70 characters.
    'long-title': 'off',
    // Guide headings such as "1. TensorFlow uses static graphs" get ids starting with a digit,
    // which HTML5 allows; nothing here selects them with CSS.
    'valid-id': ['error', { relaxed: true }],
    // A group of checkboxes shares one name (the compare filters), as HTML intends.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};
