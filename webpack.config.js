// Build for the add-in (shared runtime: functions + task pane in one page) and the dev-only preview.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const webpack = require("webpack");

// The manifest in the repository points at the local dev server; a production build rewrites every
// occurrence to the deployment's base URL (see README, "Für einen ganzen Kreis bereitstellen").
const DEV_BASE_URL = "https://localhost:3000/";

function normalizeBaseUrl(url) {
  // The URL is pasted into XML attributes and has file names appended: no query, fragment or markup.
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[^\s"'<>&?#]*)?$/.test(url)) {
    throw new Error(
      `ADDIN_BASE_URL muss eine https-URL ohne Query und Fragment sein, z. B. https://intranet.example/ki/ – erhalten: ${url}`,
    );
  }
  return url.endsWith("/") ? url : `${url}/`;
}

module.exports = (env, argv) => {
  const mode = argv.mode || "production";
  const isDev = mode === "development";
  const baseUrl = isDev ? DEV_BASE_URL : normalizeBaseUrl(process.env.ADDIN_BASE_URL || DEV_BASE_URL);
  // The preview page bundles the fake Excel host and HyperFormula (GPLv3): it exists only in a
  // development build, and no flag or variable can add it to a production build.
  const withPreview = isDev;

  const entry = {
    functions: "./src/functions/functions.ts",
    // The page of the shared runtime loads functions.js first (HtmlWebpackPlugin below): the pane takes
    // src/core and webpack's runtime from it instead of shipping them a second time. functions.js
    // stays whole on its own (tests and the bench run it alone, as Excel's metadata points at it).
    taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    // The acceptance add-in (manifest-abnahme.xml): its own page, built from the same sources.
    abnahme: "./src/abnahme/index.tsx",
  };
  if (withPreview) {
    entry.preview = "./devtools/preview/index.tsx";
    entry["abnahme-vorschau"] = "./devtools/abnahmeVorschau/index.tsx";
  }

  const plugins = [
    new CustomFunctionsMetadataPlugin({
      output: "functions.json",
      input: "./src/functions/functions.ts",
    }),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      // functions first: custom functions register at module top level, before any UI starts.
      chunks: ["functions", "taskpane"],
      chunksSortMode: "manual",
      title: "KI-Kostenplaner",
    }),
    // Same template, so both pages carry the same Content-Security-Policy (also sent by nginx).
    // No custom functions here: the acceptance add-in checks the KI.* functions of the installed
    // main add-in through formulas (README, "Abnahmetest").
    new HtmlWebpackPlugin({
      filename: "abnahme.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["abnahme"],
      title: "KI-Kostenplaner Abnahmetest",
    }),
    // Fluent parts the first screen does not show, as chunks fetched on use (a dropdown's list: already at
    // the user's first press, key or focus):
    // BaseButton's ContextualMenu (for buttons with a menu; none of the pane's has one) and the Callout,
    // Panel and FocusZone a Dropdown opens, with the Checkbox of a multi-select list (none of the pane's
    // is one) (scripts/webpack/kontextmenueSpaeter.js, auswahllisteSpaeter.js).
    new webpack.NormalModuleReplacementPlugin(
      /^\.\.\/\.\.\/(ContextualMenu|Callout|Panel|FocusZone|Checkbox)$/,
      (anfrage) => {
        const von = anfrage.contextInfo.issuer.replace(/\\/g, "/");
        if (
          anfrage.request === "../../ContextualMenu" &&
          von.endsWith("/@fluentui/react/lib/components/Button/BaseButton.js")
        ) {
          anfrage.request = path.resolve(__dirname, "scripts/webpack/kontextmenueSpaeter.js");
        } else if (
          anfrage.request !== "../../ContextualMenu" &&
          von.endsWith("/@fluentui/react/lib/components/Dropdown/Dropdown.base.js")
        ) {
          anfrage.request = path.resolve(__dirname, "scripts/webpack/auswahllisteSpaeter.js");
        }
      },
    ),
    new CopyWebpackPlugin({
      patterns: [
        // Icons and the help page (manifest SupportUrl / LearnMoreUrl).
        { from: "assets/*.{png,html}", to: "[name][ext]" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform(content) {
            return content.toString().split(DEV_BASE_URL).join(baseUrl);
          },
        },
        {
          from: "manifest-abnahme.xml",
          to: "manifest-abnahme.xml",
          transform(content) {
            return content.toString().split(DEV_BASE_URL).join(baseUrl);
          },
        },
      ],
    }),
  ];
  if (withPreview) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./devtools/preview/preview.html",
        chunks: ["preview"],
      }),
      new HtmlWebpackPlugin({
        filename: "abnahme-vorschau.html",
        template: "./devtools/preview/preview.html",
        chunks: ["abnahme-vorschau"],
      }),
    );
  }

  return {
    mode,
    devtool: isDev ? "source-map" : false,
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      // Pages load their scripts by these names, so a release may cache them for a year (nginx:
      // deploy/nginx). functions.js keeps its name: the manifest points at it.
      filename: (daten) => (isDev || daten.chunk.name === "functions" ? "[name].js" : "[name].[contenthash:20].js"),
      // Chunks loaded later (sections, sheet builder, Word text) may be cached like the pages' scripts:
      // functions.js, revalidated on every load, holds the runtime that names them.
      chunkFilename: isDev ? "[name].js" : "[name].[contenthash:20].js",
      // Chunks are fetched relative to the page (taskpane.html lies beside them). Not "auto": that
      // looks for document.currentScript when functions.js starts, and functions.js also runs where
      // there is no document (tests, the bench).
      publicPath: "",
      // Not `self`: the runtime in functions.js registers its chunk list on the global object.
      globalObject: "globalThis",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          // Fluent UI would fetch Segoe UI from Microsoft's CDN; the pane contacts no such host (CSP).
          test: /[\\/]@fluentui[\\/]theme[\\/]lib(?:-commonjs)?[\\/]fonts[\\/]DefaultFontStyles\.js$/,
          use: path.resolve(__dirname, "scripts/webpack/fluentOhneCdnSchriften.js"),
        },
      ],
    },
    plugins,
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: 3000,
    },
  };
};
