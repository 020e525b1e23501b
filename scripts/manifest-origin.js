// The manifest for the origin an office hosts the add-in on: `npm run build -- --env
// origin=https://host/path` or CHITIEU_ORIGIN=https://host/path. manifest.xml in the repo keeps the
// dev origin; webpack rewrites every URL of the copy it writes into dist/, and nothing else.
const { URL } = require("url");

const DEV_ORIGIN = "https://localhost:3000";

/** The origin a build is for: --env origin, then CHITIEU_ORIGIN, then the dev server. */
function resolveOrigin(env = {}, vars = process.env) {
  const given = env.origin || vars.CHITIEU_ORIGIN || DEV_ORIGIN;
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`origin "${given}" is not a URL (e.g. https://addin.example.gov.vn/chitieu)`);
  }
  // Office loads add-ins over HTTPS only; query and fragment would break the file URLs after them.
  if (url.protocol !== "https:") throw new Error(`origin "${given}" must start with https://`);
  if (url.search || url.hash || url.username || url.password || /[&<>"']/.test(url.pathname)) {
    throw new Error(
      `origin "${given}" must be a plain https://host/path, no query, fragment, login or XML characters`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** manifest.xml with every DEV_ORIGIN URL moved to `origin`; AppDomain takes the bare origin. */
function manifestForOrigin(xml, origin) {
  const host = new URL(origin).origin;
  return xml
    .replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${host}</AppDomain>`)
    .split(DEV_ORIGIN)
    .join(origin);
}

module.exports = { DEV_ORIGIN, resolveOrigin, manifestForOrigin };
