/* Puts the production URL in place of every development URL in the text assets that carry URLs. */
const { toProduction } = require("./urls");

class ProductionUrlsPlugin {
  constructor({ files, url }) {
    this.files = files;
    this.url = url;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ProductionUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ProductionUrlsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        () => {
          for (const name of Object.keys(compilation.assets)) {
            if (!this.files.some((re) => re.test(name))) continue;
            const text = compilation.getAsset(name).source.source().toString();
            compilation.updateAsset(name, new sources.RawSource(toProduction(text, this.url)));
          }
        }
      );
    });
  }
}

module.exports = { ProductionUrlsPlugin };
