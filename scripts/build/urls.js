/*
 * The development and production URLs of the add-in, in one place for the build and the tests.
 * A production build needs FIN_PRODUCTION_URL: without it, or with a placeholder host, it would
 * write a manifest that Excel cannot load from anywhere.
 */
const DEV_URL = "https://localhost:3000/";
// npm test's production build: ".invalid" never resolves (RFC 2606), so it can never be deployed by mistake.
const TEST_URL = "https://fin.invalid/addin/";
const EXAMPLE = "FIN_PRODUCTION_URL=https://fin.yourcompany.com/addin/ npm run build";

/** Hosts that stand for "not decided yet": documentation examples, this machine, reserved names. */
function isPlaceholderHost(hostname) {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  const labels = host.split(".");
  return (
    labels.some((l) => ["contoso", "example", "yourcompany", "localhost"].includes(l)) ||
    ["invalid", "test", "local"].includes(labels[labels.length - 1]) ||
    /^(127\.|0\.0\.0\.0$)/.test(host) ||
    host === "::1"
  );
}

/**
 * The production base URL from FIN_PRODUCTION_URL's value, https and with its trailing slash, or
 * `{ error }`: one line that says what to set.
 */
function productionUrl(value) {
  if (!value || !value.trim())
    return {
      error: `npm run build needs FIN_PRODUCTION_URL, where dist/ will be served: ${EXAMPLE}`,
    };
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return { error: `FIN_PRODUCTION_URL is not a URL (${value}): ${EXAMPLE}` };
  }
  if (url.protocol !== "https:")
    return {
      error: `FIN_PRODUCTION_URL must be https:// (Excel loads add-ins only over HTTPS), not ${value}`,
    };
  if (isPlaceholderHost(url.hostname))
    return {
      error: `FIN_PRODUCTION_URL=${value} is a placeholder host: set it to where dist/ will be served, e.g. ${EXAMPLE}`,
    };
  if (url.search || url.hash || url.username || url.password)
    return {
      error: `FIN_PRODUCTION_URL must be a plain folder address, without ?query, #fragment or credentials: ${value}`,
    };
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return { url: `${url.origin}${path}` };
}

/** Every development URL replaced, not only the first (the yo-office template's mistake). */
function toProduction(text, productionBase) {
  return text.split(DEV_URL).join(productionBase);
}

module.exports = { DEV_URL, TEST_URL, productionUrl, isPlaceholderHost, toProduction };
