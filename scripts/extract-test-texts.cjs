/* global jest */
// Jest setup used by scripts/record-test-texts.mjs: records every text the extraction tests give
// extractIndicators (CHITIEU_TEST_TEXTS names the file, one JSON line per call), so that the tense
// model can learn the tests' sentences and its policy can be held to them, and the name chooser's
// margin too (`names`: "rules" where a test turned the chooser off, its names none the chooser gives).
jest.mock("../src/core/extract", () => {
  const { appendFileSync } = require("node:fs");
  const actual = jest.requireActual("../src/core/extract");
  return {
    ...actual,
    extractIndicators(text, convention, options) {
      const mode = (options && options.mode) || "auto";
      const names = (options && options.names) || "learnt";
      appendFileSync(
        process.env.CHITIEU_TEST_TEXTS,
        `${JSON.stringify({ text, convention, mode, names })}\n`,
      );
      return actual.extractIndicators(text, convention, options);
    },
  };
});
