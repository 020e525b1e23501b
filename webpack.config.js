// Builds the add-in (task pane + ribbon commands) and, in development or with --env workbench,
// the in-browser workbench that stands in for Excel. The workbench is never in a production build.
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { resolveOrigin, manifestForOrigin } = require("./scripts/manifest-origin");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// Microsoft's Excel client runtime for the workbench's pane. Its licence forbids redistributing
// it: it is served from node_modules at this path (dev server, browser tests), never emitted.
const EXCEL_RUNTIME_PATH = "/vendor/excel-web-16.00.js";
const EXCEL_RUNTIME_FILE = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");

function httpsOptions() {
  // office-addin-dev-certs puts its certificates here; without them the server stays on HTTP.
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return null;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const withWorkbench = dev || Boolean(env.workbench);
  const origin = resolveOrigin(env);
  const https = env.https ? httpsOptions() : null;
  if (env.https && !https) {
    throw new Error(
      "No dev certificates in ~/.office-addin-dev-certs: run `npx office-addin-dev-certs install` first.",
    );
  }

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
  };
  const pages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      templateParameters: { officeScript: `<script src="${OFFICE_JS_CDN}"></script>` },
    }),
    new HtmlWebpackPlugin({
      filename: "commands.html",
      template: "./src/commands/commands.html",
      chunks: ["commands"],
      templateParameters: { officeScript: `<script src="${OFFICE_JS_CDN}"></script>` },
    }),
  ];
  if (withWorkbench) {
    entry.workbench = "./src/workbench/index.tsx";
    entry.workbenchPaneHost = "./src/workbench/pane-host.ts";
    pages.push(
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/workbench/workbench.html",
        chunks: ["workbench"],
      }),
      // The same task pane bundle, on Microsoft's Excel client runtime (not office.js, which
      // leaves an iframe for about:blank) connected to the workbench host by pane-host.ts.
      new HtmlWebpackPlugin({
        filename: "workbench-pane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["workbenchPaneHost", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeScript: `<script src="${EXCEL_RUNTIME_PATH.slice(1)}"></script>` },
      }),
    );
  }

  return {
    devtool: dev ? "source-map" : false,
    entry,
    output: {
      // env.outDir: the deploy test builds beside dist/, not over the browser tests' build.
      path: path.resolve(__dirname, env.outDir || "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // Fluent's context selector asks for a newer scheduler than react-dom's; one copy is enough
      // (it uses only unstable_runWithPriority and the priorities, in both versions).
      alias: {
        scheduler: path.dirname(
          require.resolve("scheduler/package.json", { paths: [path.dirname(require.resolve("react-dom"))] }),
        ),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestForOrigin(content.toString("utf8"), origin),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: Number(process.env.PORT || 3000),
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : "http",
      static: false,
      setupMiddlewares: (middlewares, devServer) => {
        devServer.app.get(EXCEL_RUNTIME_PATH, (_req, res) => res.sendFile(EXCEL_RUNTIME_FILE));
        return middlewares;
      },
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
