// Preloaded into a measured child (`node --require bench/maxRss.cjs …`): reports its peak resident
// memory on stderr when it ends, so the bench can quote memory for the real command-line path.
"use strict";
process.on("exit", () => {
  process.stderr.write(`\nKI_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
