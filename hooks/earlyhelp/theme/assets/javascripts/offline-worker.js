/* The offline copy of the site (issue 24). The build writes this file to the site's root as sw.js,
   with the build's list of files (BUILD) above this line; see hooks/earlyhelp/offline.py.

   - Install: keep every file in the list. A file whose revision an earlier copy already holds is
     copied from that copy, so a new build costs a phone only the files that changed.
   - Activate: delete earlier copies of this site (other sites on the same host are left alone).
   - Fetch: answer from the copy first (quick on a poor signal), else from the network; offline, a
     page that was never kept gets a short page saying so.
   Nothing is fetched from another host, and no form or record is ever kept. */

const SCOPE = new URL("./", self.location).pathname;
const PREFIX = "eh-offline " + SCOPE + " ";
const CACHE = PREFIX + BUILD.id;
const REVISIONS = ".offline-revisions.json";

const address = (path) => new URL(path, self.registration.scope).href;

async function revisionsIn(name) {
  const kept = await (await caches.open(name)).match(address(REVISIONS));
  return kept ? [name, await kept.json()] : [name, {}];
}

async function keep(cache, path, revision, earlier) {
  for (const [name, revisions] of earlier) {
    if (revisions[path] !== revision) continue;
    const copy = await (await caches.open(name)).match(address(path));
    if (copy) {
      if (name !== CACHE) await cache.put(address(path), copy);
      return;
    }
  }
  const response = await fetch(address(path), { cache: "no-cache" });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  // A redirected response cannot answer a page request later, so keep its body and headers only.
  await cache.put(address(path), response.redirected
    ? new Response(await response.blob(), { headers: response.headers }) : response);
}

async function precache() {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX));
  const earlier = await Promise.all(names.map(revisionsIn));
  const cache = await caches.open(CACHE);
  // A few at a time, so keeping the copy never crowds out the page being read on a slow phone.
  const queue = BUILD.files.slice();
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await keep(cache, next[0], next[1], earlier);
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  await cache.put(address(REVISIONS), new Response(JSON.stringify(Object.fromEntries(BUILD.files)),
    { headers: { "Content-Type": "application/json" } }));
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

function notKept() {
  const page = `<!doctype html><html lang="en"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>You are offline</title>
<main style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem">
<h1>You are offline</h1><p>This page was not saved on this device, so it cannot be shown without a
connection. <a href="${SCOPE}">Go to the home page</a>: it and every guidance page are saved.</p></main>`;
  return new Response(page, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

async function respond(request, url) {
  const path = url.pathname.replace(/\/index\.html$/, "/");
  const kept = await (await caches.open(CACHE)).match(url.origin + path);
  if (kept) return kept;
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === "navigate") return notKept();
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)
      || url.pathname.endsWith("/" + REVISIONS)) return;
  event.respondWith(respond(event.request, url));
});

async function status() {
  const kept = new Set((await (await caches.open(CACHE)).keys()).map((request) => request.url));
  const complete = BUILD.files.every(([path]) => kept.has(address(path)));
  return { type: "offline-status", build: BUILD.id, date: BUILD.date, complete };
}

self.addEventListener("message", (event) => {
  if (event.data === "offline-status") event.waitUntil(status().then((answer) => event.source.postMessage(answer)));
});
