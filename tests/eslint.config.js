// Self-lint configuration: typescript-eslint, eslint-plugin-eslint-plugin, eslint-plugin-regexp, and our own
// `recommended` preset (dogfooding, from the built package). Run with `npm run lint`.
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';
import paymentSecurity from '../dist/src/index.js';

const TS_ONLY_PROPERTIES =
  '/^(?:decorators|importKind|exportKind|definite|accessibility|abstract|declare|override|returnType|typeParameters|implements|superTypeArguments|superTypeParameters)$/';

/**
 * The layers of src/, lowest first. The catalog is pure data and imports nothing from the analysis; `top` is the
 * plugin's entry points and rule factory; rules/ may import every layer. A file may import its own and lower layers.
 */
const LAYERS = ['catalog', 'ast', 'values', 'modules', 'requests', 'analyses', 'top'];
const TOP_LEVEL = ['create-rule', 'meta', 'configs', 'index', 'cli'];

function layerRules() {
  return LAYERS.slice(0, -1).map((layer, index) => {
    const higher = LAYERS.slice(index + 1).flatMap((above) =>
      above === 'top' ? TOP_LEVEL.flatMap((name) => [`../${name}`, `../${name}.js`, `../${name}/*`]) : [`../${above}/*`],
    );
    return {
      files: [`src/${layer}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: [...higher, '../../rules/*'],
                message: `src/${layer} may import only its own and lower layers (${LAYERS.slice(0, index + 1).join(', ')}): see LAYERS in tests/eslint.config.js.`,
              },
            ],
          },
        ],
      },
    };
  });
}

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'tests/fixtures/**', 'bench/corpus/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  paymentSecurity.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      // Every regex must be linear-time: inputs can be 1 MB strings.
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential' }],
    },
  },
  {
    // Properties only typescript-estree sets on ordinary nodes: ESLint's default parser, Babel and Vue leave them out,
    // so reading them directly crashes or misjudges JavaScript. Read them through decoratorsOf / annotatedType /
    // isTypeOnly in src/ast/ast.ts.
    files: ['src/**/*.ts', 'rules/**/*.ts'],
    ignores: ['src/ast/ast.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `MemberExpression[computed=false][property.name=${TS_ONLY_PROPERTIES}]`,
          message: 'Only @typescript-eslint/parser sets this property; use the parser-neutral helpers in src/ast/ast.ts.',
        },
        {
          selector: `BinaryExpression[operator='in'][left.value=${TS_ONLY_PROPERTIES}]`,
          message: 'Only @typescript-eslint/parser sets this property; use the parser-neutral helpers in src/ast/ast.ts.',
        },
        {
          selector: ':matches(MemberExpression[optional=false], ForOfStatement, SpreadElement) > MemberExpression[computed=false][property.name=/^(?:typeAnnotation|typeArguments)$/]',
          message: 'Only @typescript-eslint/parser sets typeAnnotation/typeArguments on bindings and calls; use annotatedType() from src/ast/ast.ts or `?.`.',
        },
      ],
    },
  },
  // Layers of src/, lowest first: imports only go downward (a layer may import its own and lower layers).
  ...layerRules(),
  {
    files: ['rules/**/*.ts'],
    ...eslintPlugin.configs['rules-recommended'],
    rules: {
      ...eslintPlugin.configs['rules-recommended'].rules,
      'eslint-plugin/require-meta-docs-url': 'off', // URLs come from RuleCreator; tests/plugin.test.ts checks them
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/no-meta-replaced-by': 'error',
      'eslint-plugin/no-meta-schema-default': 'error',
      'eslint-plugin/require-meta-has-suggestions': 'error',
      'eslint-plugin/report-message-format': ['error', '^[A-Z`\'{].*\\.$'],
    },
  },
  {
    files: ['tests/rules/**/*.ts'],
    ...eslintPlugin.configs['tests-recommended'],
    rules: {
      ...eslintPlugin.configs['tests-recommended'].rules,
      'eslint-plugin/require-test-error-positions': 'error',
      'eslint-plugin/unique-test-case-names': 'error',
      'eslint-plugin/test-case-property-ordering': 'off',
      'eslint-plugin/test-case-shorthand-strings': 'off',
    },
  },
);
