/* The development and production URLs of the add-in, in one place for the build and the tests. */
const DEV_URL = "https://localhost:3000/";
// Where the production build is hosted; set FIN_PRODUCTION_URL when deploying.
const PRODUCTION_URL = process.env.FIN_PRODUCTION_URL || "https://fin.contoso.com/addin/";

/** Every development URL replaced, not only the first (the yo-office template's mistake). */
function toProduction(text) {
  return text.split(DEV_URL).join(PRODUCTION_URL);
}

module.exports = { DEV_URL, PRODUCTION_URL, toProduction };
