// ESLint: Microsoft's Office add-in rules (eslint-plugin-office-addins, React flavour) plus the React hooks rules.
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

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
  {
    files: ["scripts/**/*.js", "webpack.config.js", "jest.config.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
