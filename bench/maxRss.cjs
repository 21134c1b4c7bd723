// Preloaded into a measured child (`node --require bench/maxRss.cjs …`): reports its peak resident
// memory and the CPU time it used (user + system, all threads) on stderr when it ends, so the bench
// can quote memory and a load-independent time for the real command-line path.
"use strict";
process.on("exit", () => {
  const r = process.resourceUsage();
  const cpuMs = Math.round((r.userCPUTime + r.systemCPUTime) / 1000);
  process.stderr.write(`\nKI_BENCH_MAXRSS_KB=${r.maxRSS}\nKI_BENCH_CPU_MS=${cpuMs}\n`);
});
