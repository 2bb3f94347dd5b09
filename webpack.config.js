/* FIN's build: the add-in (functions, task pane, help) for Excel, and the workbench for trying it without Excel. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
// webpack's own minimizer (its dependency), configured per file below.
const MinimizerPlugin = require("minimizer-webpack-plugin");
const { LocalizeFunctionsPlugin } = require("./scripts/build/localizeFunctions");
const { ProductionUrlsPlugin } = require("./scripts/build/productionUrls");
const { httpsOptions } = require("./scripts/devCerts");
const { workbench } = require("./scripts/build/workbenchConfig");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
// Every page FIN serves: its own origin, and Microsoft's Office.js host for scripts.
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; font-src 'self' data:; connect-src 'self' https://appsforoffice.microsoft.com";

const rules = [
  {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: "ts-loader", options: { transpileOnly: false, onlyCompileBundledFiles: true } },
  },
];

function addin(mode) {
  const production = mode === "production";
  return {
    name: "addin",
    mode,
    // Excel on the web runs in evergreen browsers: ES2020 lets webpack use globalThis, not new Function.
    target: ["web", "es2020"],
    devtool: production ? false : "source-map",
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules },
    performance: { hints: false },
    optimization: {
      // Each lazily loaded part carries the few components it needs rather than sharing small
      // chunks: the pane's first view then loads one small chunk, not a bundle of the others' parts.
      splitChunks: { chunks: "async", minSize: 100_000, enforceSizeThreshold: 10_000_000 },
      minimizer: [
        // functions.js is mangled but not compressed: terser's rewrite ran the metrics' loops ~1.6×
        // slower than the code as written (npm run bench), to save 0.2 KB gzipped.
        new MinimizerPlugin({
          test: /^functions\.js$/,
          minify: { implementation: MinimizerPlugin.terserMinify, options: { compress: false } },
        }),
        new MinimizerPlugin({
          test: /\.js$/,
          exclude: /^functions\.js$/,
          minify: {
            implementation: MinimizerPlugin.terserMinify,
            options: { compress: { passes: 2 } },
          },
        }),
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new LocalizeFunctionsPlugin({
        locales: ["zh-CN"],
        dir: path.resolve(__dirname, "src/functions/locales"),
      }),
      // One page for the shared runtime: the task pane, the custom functions and the ribbon command.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/help/help.html", to: "help.html" },
        ],
      }),
      ...(production
        ? [new ProductionUrlsPlugin({ files: [/^manifest\.xml$/, /^functions(-[\w-]+)?\.json$/] })]
        : []),
    ],
  };
}

module.exports = async (env, argv) => {
  const mode = argv.mode || "development";
  const configs = [addin(mode)];
  // The workbench (dev-only, GPL HyperFormula inside) builds to dist-workbench/, never into dist/.
  if (mode !== "production" || env.workbench) configs.push(workbench(mode, rules));
  if (process.argv.includes("serve")) {
    configs[0].devServer = {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: false,
      headers: {
        // Excel on the web fetches functions.json cross-origin (office-js #3970).
        "Access-Control-Allow-Origin": "*",
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      },
      server: { type: "https", options: httpsOptions() },
      devMiddleware: { writeToDisk: false },
      client: false,
      hot: false,
      liveReload: false,
    };
  }
  return configs;
};
