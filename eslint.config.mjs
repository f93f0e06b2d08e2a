// ESLint 9, flat config: JavaScript's recommended rules for the bench and bin scripts, typescript-eslint's
// recommended type-checked rules for the TypeScript sources and tests.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    // Outputs, and inputs the tests compare byte for byte or run as written.
    ignores: ["dist/", "node_modules/", "__testfixtures__/", "examples/", "bench/differential/programs/", ".scratch/"],
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...js.configs.recommended,
    languageOptions: { ecmaVersion: 2023, sourceType: "module", globals: globals.node },
    // A leading underscore marks what is left out on purpose (`{ output: _output, ...rest }`).
    rules: {
      ...js.configs.recommended.rules,
      "no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.ts", "**/*.mts"],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["vitest.config.mts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Syntax tree nodes pass as `any` where they are not typed yet; `npm run lint` counts every `any`
      // and fails when the count grows, so these come back on as the trees get their types.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // `any | null` says what a node-or-nothing is while nodes are `any`; it goes with the typed trees.
      "@typescript-eslint/no-redundant-type-constituents": "off",
      // A leading underscore marks what is unused on purpose (jscodeshift's `options`, a destructured part left out).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
);
