/**
 * Loaded before every test file (jest.config.js, setupFilesAfterEnv). Tests wait on conditions, not on
 * time: `findBy…` and `waitFor` poll until the condition holds. Their default limit of 1 s is a speed
 * test in disguise (a busy 2-core machine renders the pane slower than that), so the limit here is only
 * a guard against a condition that never comes.
 */
if (typeof document !== "undefined") {
  const { configure } = require("@testing-library/dom") as typeof import("@testing-library/dom");
  configure({ asyncUtilTimeout: 60_000 });
}
