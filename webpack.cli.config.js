// Build of the command line (`ki-kostenplaner export …`) for Node: one file in dist-cli/, started by
// bin/ki-kostenplaner.js. Kept apart from webpack.config.js, whose build empties dist/.
const path = require("path");
const webpack = require("webpack");
const { version } = require("./package.json");

module.exports = {
  mode: "production",
  target: "node20",
  devtool: false,
  entry: { "ki-kostenplaner": "./src/cli/index.ts" },
  output: {
    path: path.resolve(__dirname, "dist-cli"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
    // Always write: bin/ki-kostenplaner.js compares the build's mtime with the sources'.
    compareBeforeEmit: false,
  },
  resolve: { extensions: [".ts", ".js"] },
  // exceljs and docx are runtime dependencies in package.json; node_modules provides them.
  // exceljs as its prebuilt single file: the same library, but Node loads one file instead of some
  // hundred modules (unzipper and its helpers for reading), about 0,3 s less per export. (The chart
  // parts are added in the one write with fflate, bundled; jszip is only a test dependency now.)
  externals: {
    exceljs: "commonjs exceljs/dist/exceljs.min.js",
    docx: "commonjs docx",
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true } },
      },
    ],
  },
  plugins: [new webpack.DefinePlugin({ KI_VERSION: JSON.stringify(version) })],
  optimization: { minimize: false },
  performance: { hints: false },
};
