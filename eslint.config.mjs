// ESLint: Microsoft's Office add-in rules (eslint-plugin-office-addins, React flavour) plus the React hooks rules.
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Folders of pure TypeScript: no Office.js, no UI, no workbench. */
const PURE = [
  "metrics",
  "statements",
  "references",
  "catalogue",
  "analysis",
  "peers",
  "failure",
  "locale",
  "written",
];
const OFFICE_GLOBALS = ["Excel", "Office", "OfficeExtension"].map((name) => ({
  name,
  message: "Only src/excel calls Office.js.",
}));

export default [
  {
    ignores: [
      "dist/**",
      "dist-workbench/**",
      "dist-tsc/**",
      "node_modules/**",
      "coverage/**",
      "test/artifacts/**",
    ],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser },
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "@typescript-eslint": tseslint.plugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off", // TypeScript checks names
      "no-unused-vars": "off", // the TypeScript rule below understands types (the plugin sets this for .ts only)
      "@typescript-eslint/no-unused-vars": "error",
    },
  },
  // Layers (README "Layout"): imports point down, and the linter holds it.
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/workbench/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/workbench", "**/workbench/**"],
              message: "Production code never imports the workbench (development only).",
            },
          ],
        },
      ],
    },
  },
  {
    files: PURE.map((folder) => `src/${folder}/**/*.ts`),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/excel",
                "**/excel/**",
                "**/taskpane",
                "**/taskpane/**",
                "**/workbench",
                "**/workbench/**",
              ],
              message:
                "A pure folder imports neither Office.js code (src/excel), the UI, nor the workbench.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  },
  {
    files: ["scripts/**/*.js", "webpack.config.js", "jest.config.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
