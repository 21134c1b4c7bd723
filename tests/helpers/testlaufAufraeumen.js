/** jest's global teardown (jest.config.js): the run's folder of shared builds goes (testlaufEinrichten.js). */
const fs = require("fs");

module.exports = async function aufraeumen() {
  if (process.env.KI_TESTLAUF_ORDNER) fs.rmSync(process.env.KI_TESTLAUF_ORDNER, { recursive: true, force: true });
};
