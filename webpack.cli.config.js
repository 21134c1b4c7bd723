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
  // docx is a runtime dependency in package.json; node_modules provides it (loaded only for --docx).
  // The .xlsx is written by src/cli/xlsx itself (no exceljs); the package is compressed with Node's
  // zlib and fflate's container, bundled.
  externals: {
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
