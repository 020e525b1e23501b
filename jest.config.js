/** Two projects: fast unit tests (core, cli, excel adapter against the workbench API in Node)
 *  and browser tests that drive the built workbench in Debian's Chromium. */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/tests/browser/"],
      setupFiles: ["<rootDir>/tests/setup/fast-check.ts"],
      transform: { "^.+\\.(t|j)sx?$": swc },
      // CLI tests spawn node (and LibreOffice): on a loaded machine one took 16 s against jest's
      // default 5 s. Speed is measured by `npm run bench`, not by timeouts.
      testTimeout: 60000,
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/tests/browser"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.(t|j)sx?$": swc },
      globalSetup: "<rootDir>/tests/browser/global-setup.ts",
      globalTeardown: "<rootDir>/tests/browser/global-teardown.ts",
      testTimeout: 120000,
      maxWorkers: 1,
    },
  ],
};
