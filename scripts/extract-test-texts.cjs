/* global jest */
// Jest setup used by scripts/train-extract-model.mjs: records every text the extraction tests give
// extractIndicators (CHITIEU_TEST_TEXTS names the file, one JSON line per call), so that the tense
// model can learn the tests' sentences and its policy can be held to them.
jest.mock("../src/core/extract", () => {
  const { appendFileSync } = require("node:fs");
  const actual = jest.requireActual("../src/core/extract");
  return {
    ...actual,
    extractIndicators(text, convention, options) {
      const mode = (options && options.mode) || "auto";
      appendFileSync(process.env.CHITIEU_TEST_TEXTS, `${JSON.stringify({ text, convention, mode })}\n`);
      return actual.extractIndicators(text, convention, options);
    },
  };
});
