// ESLint flat config: type-aware TypeScript rules everywhere, Astro's recommended rules for components.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.astro/',
      'reports/',
      'test-results/',
      'playwright-report/',
      '.bench/',
      '.venv-snippets/',
      '.venv-interchange/',
      // Snippets are real programs in the frameworks' own style, checked by their parsers and run
      // by the verification; fixtures are deliberately broken inputs.
      'content/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.astro'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // astro-eslint-parser has no project service; it reads the tsconfig itself.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
  },
  {
    // typescript-eslint cannot see the types of .astro modules: template expressions in a
    // component, and a component imported into a test, come out as the "error" type, so every
    // use of them would be flagged as unsafe. `astro check` (part of npm test) type-checks these
    // files with Astro's own language server instead.
    files: ['**/*.astro', 'tests/components/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript files (configs, .mjs scripts) have no types to check against.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
