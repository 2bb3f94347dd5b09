/* FIN's build: the add-in (functions, task pane, help) for Excel, and the workbench for trying it without Excel. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
// webpack's own minimizer (its dependency), configured per file below.
const MinimizerPlugin = require("minimizer-webpack-plugin");
const { LocalizeFunctionsPlugin } = require("./scripts/build/localizeFunctions");
const { CONTENT_SECURITY_POLICY } = require("./scripts/build/contentSecurityPolicy");
const { ProductionUrlsPlugin } = require("./scripts/build/productionUrls");
const { TEST_URL, productionUrl } = require("./scripts/build/urls");
const { httpsOptions } = require("./scripts/devCerts");
const { PORT, recordServerPid } = require("./scripts/devServer");
const { workbench } = require("./scripts/build/workbenchConfig");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/**
 * Where a production build will be served. `--env test` (npm test's build) uses an address that
 * never resolves; otherwise FIN_PRODUCTION_URL must name a real https host, or the build stops
 * before compiling with one line that says what to set.
 */
function productionBase(env) {
  if (env.test) return TEST_URL;
  const { url, error } = productionUrl(process.env.FIN_PRODUCTION_URL);
  if (error) {
    console.error(`FIN: ${error}`);
    process.exit(1);
  }
  return url;
}

const rules = [
  {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: "ts-loader", options: { transpileOnly: false, onlyCompileBundledFiles: true } },
  },
];

function addin(mode, productionBaseUrl) {
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
        contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/help/help.html", to: "help.html" },
          // Azure Static Web Apps: the CORS header Excel on the web needs for functions*.json.
          { from: "staticwebapp.config.json", to: "staticwebapp.config.json" },
        ],
      }),
      ...(production
        ? [
            new ProductionUrlsPlugin({
              files: [/^manifest\.xml$/, /^functions(-[\w-]+)?\.json$/],
              url: productionBaseUrl,
            }),
          ]
        : []),
    ],
  };
}

module.exports = async (env, argv) => {
  const mode = argv.mode || "development";
  const configs = [addin(mode, mode === "production" ? productionBase(env) : null)];
  // The workbench (dev-only, GPL HyperFormula inside) builds to dist-workbench/, never into dist/.
  if (mode !== "production" || env.workbench) configs.push(workbench(mode, rules));
  if (process.argv.includes("serve")) {
    // npm stop finds this process (npm start's or npm run dev-server's) through the pid file.
    recordServerPid();
    for (const config of configs) config.infrastructureLogging = { level: "warn" };
    configs[0].devServer = {
      // This machine only: no network URL, nothing served to the local network.
      host: "localhost",
      port: PORT,
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
