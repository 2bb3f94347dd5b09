/*
 * The task pane's Content Security Policy, in one place: the <meta> in taskpane.html and the dev
 * server's header. Each Microsoft host is one Office.js itself uses (read from @microsoft/office-js
 * and seen in Chromium; office-js #1005 reports the script hosts), nothing wider. test/build/csp.
 */
const OFFICE_JS = "https://appsforoffice.microsoft.com";

const DIRECTIVES = {
  "default-src": ["'self'"],
  // office.js loads its host scripts from its own folder, and MicrosoftAjax.js from the ASP.NET CDN.
  "script-src": ["'self'", OFFICE_JS, "https://ajax.aspnetcdn.com"],
  // Fluent UI (Griffel) inserts <style> elements; Excel on the web's script sets inline styles (#1687).
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'", "data:"],
  // Office.js's own telemetry posts to *.pipe.aria.microsoft.com.
  "connect-src": ["'self'", OFFICE_JS, "https://*.pipe.aria.microsoft.com"],
  // office.js frames its telemetry service (seen loading it in Chromium), and its "add-in not
  // trusted" page from its own folder.
  "frame-src": [OFFICE_JS, "https://telemetryservice.firstpartyapps.oaspapps.com"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
};

const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(" ")}`)
  .join("; ");

module.exports = { CONTENT_SECURITY_POLICY, DIRECTIVES };
