/*
 * custom-functions-metadata-plugin writes functions.json in English only. This step writes
 * functions-<locale>.json from it and a translation file per locale, keeping every id, and fails
 * the build when a function or parameter has no translation. It also sets the top-level
 * `allowErrorForDataTypeAny` in every metadata file, which the generator cannot emit: without it
 * Excel never passes an error cell to an `any` parameter (Microsoft's "Handle and return errors").
 */
const fs = require("fs");
const path = require("path");

function localize(metadataJson, translations, locale) {
  const metadata = JSON.parse(metadataJson);
  const problems = [];
  for (const fn of metadata.functions) {
    const t = translations[fn.id];
    if (!t) {
      problems.push(`${locale}: no translation for function ${fn.id}`);
      continue;
    }
    fn.description = t.description;
    if (t.result) fn.result = { ...fn.result, description: t.result };
    for (const p of fn.parameters || []) {
      const d = t.parameters && t.parameters[p.name];
      if (!d) problems.push(`${locale}: no translation for ${fn.id}(${p.name})`);
      else p.description = d;
    }
    if (t.helpUrl) fn.helpUrl = t.helpUrl;
  }
  return { json: JSON.stringify(metadata, null, 2), problems };
}

/** The metadata with error inputs allowed: a top-level property, beside `functions` (metadata reference). */
function allowErrors(metadataJson) {
  const metadata = JSON.parse(metadataJson);
  return JSON.stringify({ allowErrorForDataTypeAny: true, ...metadata }, null, 2);
}

class LocalizeFunctionsPlugin {
  constructor({ locales, dir }) {
    this.locales = locales;
    this.dir = dir;
  }
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizeFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const generated = compilation.getAsset("functions.json");
          if (!generated) return;
          const base = allowErrors(generated.source.source().toString());
          compilation.updateAsset("functions.json", new sources.RawSource(base));
          for (const locale of this.locales) {
            const file = path.join(this.dir, `${locale}.json`);
            compilation.fileDependencies.add(file);
            const translations = JSON.parse(fs.readFileSync(file, "utf8"));
            const { json, problems } = localize(base, translations, locale);
            problems.forEach((p) => compilation.errors.push(new WebpackError(p)));
            compilation.emitAsset(`functions-${locale}.json`, new sources.RawSource(json));
          }
        }
      );
    });
  }
}

module.exports = { LocalizeFunctionsPlugin, allowErrors, localize };
