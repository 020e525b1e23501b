// Flat config. Layer direction is checked here, not by memory: see docs/ARCHITECTURE.md.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import prettier from "eslint-config-prettier";

const officeRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

const restrict = (patterns) => ({
  "no-restricted-imports": [
    "error",
    { patterns: patterns.map((group) => ({ group: [group.from], message: group.why })) },
  ],
});

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "dist-cli/", "test-results/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: "readonly", process: "readonly", window: "readonly", document: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    // Node scripts and configs in CommonJS.
    files: ["bin/**", "scripts/**", "*.config.js", "tests/**/*.mjs", "tests/**/*.cjs"],
    languageOptions: {
      globals: { require: "readonly", module: "writable", __dirname: "readonly", Buffer: "readonly" },
    },
  },
  {
    files: ["src/core/**"],
    rules: restrict([
      { from: "react*", why: "core is pure: no React" },
      { from: "@fluentui/*", why: "core is pure: no UI" },
      { from: "**/excel/**", why: "core must not depend on the Excel adapter" },
      { from: "**/taskpane/**", why: "core must not depend on the pane" },
      { from: "**/workbench/**", why: "core must not depend on the dev workbench" },
      { from: "**/cli/**", why: "core must not depend on the CLI" },
      { from: "fs", why: "core does no I/O" },
      { from: "node:*", why: "core does no I/O" },
      { from: "exceljs", why: "core does no I/O" },
      { from: "hyperformula", why: "core does no I/O" },
    ]),
  },
  {
    files: ["src/excel/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      ...restrict([
        { from: "react*", why: "the adapter has no UI" },
        { from: "**/taskpane/**", why: "excel/ is below the pane" },
        { from: "**/workbench/**", why: "shipped code never imports the workbench" },
        { from: "**/cli/**", why: "excel/ does not use the CLI" },
      ]),
    },
  },
  {
    files: ["src/taskpane/**", "src/commands/**"],
    plugins: { "office-addins": officeAddins, react },
    settings: { react: { version: "18.3" } },
    rules: {
      ...officeRules,
      ...restrict([
        { from: "**/workbench/**", why: "shipped code never imports the workbench" },
        { from: "**/cli/**", why: "the pane does not use the CLI" },
        { from: "hyperformula", why: "GPL engine: dev-only, never in the shipped bundle" },
      ]),
    },
  },
  {
    // The Word report, shared by the CLI and the pane: core and the docx package only.
    files: ["src/docx/**"],
    rules: restrict([
      { from: "react*", why: "the report document has no UI" },
      { from: "@fluentui/*", why: "the report document has no UI" },
      { from: "**/excel/**", why: "the report document does not touch Office" },
      { from: "**/taskpane/**", why: "docx/ is below the pane" },
      { from: "**/workbench/**", why: "shipped code never imports the workbench" },
      { from: "**/cli/**", why: "the pane ships docx/: no CLI code in it" },
      { from: "fs", why: "the report document does no I/O" },
      { from: "node:*", why: "the report document runs in the browser too" },
      { from: "exceljs", why: "not needed for a Word document" },
      { from: "hyperformula", why: "GPL engine: dev-only" },
    ]),
  },
  {
    files: ["src/cli/**"],
    rules: restrict([
      { from: "**/excel/**", why: "the CLI works on files, not Office" },
      { from: "**/taskpane/**", why: "the CLI has no UI" },
      { from: "**/workbench/**", why: "the CLI does not use the workbench" },
      { from: "hyperformula", why: "GPL engine: dev-only" },
    ]),
  },
  prettier,
);
