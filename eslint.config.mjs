// ESLint flat config: typescript-eslint's type-aware rules (recommendedTypeChecked) on every TypeScript file,
// with the service's tsconfig.json and the explorer's own src/web/explorer/tsconfig.json found per file by
// the project service. Formatting is Prettier's job (`npm run format:check`), so eslint-config-prettier turns
// off every stylistic rule that could disagree with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated code (codegen, ANTLR), build output and local data are not ours to lint.
    ignores: [
      'dist/**',
      '.scratch/**',
      'coverage/**',
      'node_modules/**',
      'neo4j-local/**',
      'notebooks/**',
      '.data/**',
      'backups/**',
      'test-artifacts/**',
      'bench/results/**',
      'src/graphql/generated/**',
      'src/opencypher/parser/generated/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Promises: a floating promise is a swallowed error; a promise passed where a void callback is expected
      // is fine for Express/commander handlers, whose returned promise is awaited by the framework or by us.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      // Unused names: an underscore prefix marks a parameter kept for its position (resolver signatures).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Exceptions to recommendedTypeChecked, each with its reason:
      // - require-await: Apollo plugin hooks and context functions are async by their interface; a missing
      //   `await` on a promise is caught by no-floating-promises and await-thenable instead.
      '@typescript-eslint/require-await': 'off',
      // - no-base-to-string: Neo4j property maps reach us as Record<string, unknown>, and String(value) of a
      //   stored scalar is the intended rendering. Re-enable once the typed query runner (issue #17) types rows.
      '@typescript-eslint/no-base-to-string': 'off',
      // Numbers, booleans and null/undefined in template strings read fine in messages; objects do not.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: true },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    // Tests read GraphQL and HTTP answers as parsed JSON (`any`): the expectations are the type check there,
    // so the no-unsafe-* family would only add casts. Everything else applies to tests as to src.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['src/web/explorer/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Plain JavaScript: the jest config (CommonJS, Node) and GraphiQL's page script (browser, globals from
    // the <script> tags graphiql.html loads). No type information for these.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  { files: ['jest.config.js'], languageOptions: { sourceType: 'commonjs', globals: globals.node } },
  {
    files: ['src/web/graphiql-init.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.browser, GraphiQL: 'readonly', React: 'readonly', ReactDOM: 'readonly' },
    },
  },
  prettier,
);
