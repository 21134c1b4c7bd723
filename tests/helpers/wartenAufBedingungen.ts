/**
 * Loaded before every test file (jest.config.js, setupFilesAfterEnv). Tests wait on conditions, not on
 * time: `findBy…` and `waitFor` poll until the condition holds. Their default limit of 1 s is a speed
 * test in disguise (a busy 2-core machine renders the pane slower than that), so the limit here is only
 * a guard against a condition that never comes.
 */
if (typeof document !== "undefined") {
  const { configure } = require("@testing-library/dom") as typeof import("@testing-library/dom");
  configure({ asyncUtilTimeout: 60_000 });
  // Fluent UI injects a CSS rule per style into the document, and every role query asks jsdom for the
  // computed style of each element it looks at, matching all those rules in JavaScript: most of a pane
  // test's time. jsdom lays nothing out, and no test here reads a style (the real look is checked in
  // Chromium: npm run screenshots, the preview tests), so the rules are not injected in jsdom.
  const { Stylesheet, InjectionMode } = require("@fluentui/merge-styles") as typeof import("@fluentui/merge-styles");
  Stylesheet.getInstance().setConfig({ injectionMode: InjectionMode.none });
  // The same for the CSS Fluent's SCSS-based parts (pickers, persona …) register through
  // load-themed-styles when @fluentui/react is imported: about 130 rules that jsdom matched against
  // every element in every getComputedStyle an accessible-name computation asks for (the larger part
  // of a pane test's time in a CPU profile). It is Fluent's own dependency, hence the plain require.
  const { configureLoadStyles } =
    require("@microsoft/load-themed-styles") as typeof import("@microsoft/load-themed-styles");
  configureLoadStyles(() => undefined);
}
