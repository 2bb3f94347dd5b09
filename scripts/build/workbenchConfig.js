/*
 * The workbench: a local page that plays Excel on the web's part (grid, sheet tabs, formula bar,
 * simulated Office.js) so FIN can be tried and tested without Excel. It builds into its own folder,
 * dist-workbench/, never dist/: HyperFormula is GPL and stays out of the add-in. The page loads the
 * add-in's own functions.js, functions.json and taskpane.js from dist/, served from the same origin.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const ROOT = path.resolve(__dirname, "../..");

/** @returns {import("webpack").Configuration} */
function workbench(mode, rules) {
  const production = mode === "production";
  return {
    name: "workbench",
    mode,
    devtool: production ? false : "source-map",
    context: ROOT,
    entry: { workbench: "./src/workbench/page/index.tsx" },
    output: {
      path: path.resolve(ROOT, "dist-workbench"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./src/workbench/page/workbench.html",
        chunks: ["workbench"],
        scriptLoading: "defer",
      }),
      // "Load sample workbook" fetches these, so the samples are the very files the tests use.
      new CopyWebpackPlugin({
        patterns: [{ from: "test/fixtures/*.csv", to: "samples/[name][ext]" }],
      }),
    ],
  };
}

module.exports = { workbench };
