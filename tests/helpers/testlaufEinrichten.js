/**
 * jest's global setup (jest.config.js; the teardown is testlaufAufraeumen.js): every run gets its own folder below .tmp/ for the
 * builds that its test files share (tests/helpers/einmalGebaut.ts), and leaves none behind. The
 * workers inherit the folder through the environment, as they are started after the setup.
 */
const fs = require("fs");
const path = require("path");

const TMP = path.resolve(__dirname, "../../.tmp");

function laeuft(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

async function einrichten() {
  fs.mkdirSync(TMP, { recursive: true });
  // Folders of runs that were killed before their teardown.
  for (const name of fs.readdirSync(TMP)) {
    const pid = /^testlauf-(\d+)$/.exec(name)?.[1];
    if (pid && !laeuft(Number(pid))) fs.rmSync(path.join(TMP, name), { recursive: true, force: true });
  }
  process.env.KI_TESTLAUF_ORDNER = path.join(TMP, `testlauf-${process.pid}`);
  fs.rmSync(process.env.KI_TESTLAUF_ORDNER, { recursive: true, force: true });
}

module.exports = einrichten;
