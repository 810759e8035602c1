// The HTML a panel is loaded in, with the same strict CSP the real panel host uses: nothing by
// default, scripts only by nonce, styles by nonce and the resource origin (cspSource), fonts and
// images from that origin only. Body class and --vscode-* variables stand in for VS Code's theme.
import { randomBytes } from 'node:crypto';

export function panelHtml(panel: string, cspSource: string, themeClass = 'vscode-dark'): string {
  const nonce = randomBytes(16).toString('base64');
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" nonce="${nonce}" href="${cspSource}/test-theme.css">
<link rel="stylesheet" nonce="${nonce}" id="vscode-codicon-stylesheet" href="${cspSource}/codicons/codicon.css">
<title>${panel}</title>
</head>
<body class="${themeClass}">
<script nonce="${nonce}" src="${cspSource}/webviews/${panel}.js"></script>
</body>
</html>`;
}

/**
 * The page a notebook renderer is tested in: the same strict CSP (scripts by nonce and from the
 * resource origin only, so the renderer's ES module loads and nothing inline without the nonce
 * runs), the renderer module imported and activated with a context like VS Code's (postMessage
 * into the fake host, the workspace's trust), and `__renderOutput(data, id)` to render one item.
 */
export function rendererHtml(origin: string, themeClass: string, trusted: boolean, messaging: boolean): string {
  const nonce = randomBytes(16).toString('base64');
  const csp = ["default-src 'none'", `script-src ${origin} 'nonce-${nonce}'`, `style-src ${origin} 'nonce-${nonce}'`, `font-src ${origin}`, `img-src ${origin} data:`].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="stylesheet" nonce="${nonce}" href="${origin}/test-theme.css">
<title>notebook renderer</title>
</head>
<body class="${themeClass}">
<div id="outputs"></div>
<script type="module" nonce="${nonce}">
const { activate } = await import('${origin}/renderers/artifact.js');
const api = activate({
  ${messaging ? 'postMessage: (m) => window.__aicmoHostReceive(m),' : ''}
  onDidReceiveMessage: () => ({ dispose() {} }),
  workspace: { isTrusted: ${trusted} },
  getState: () => undefined, setState: () => undefined, getRenderer: async () => undefined,
  settings: { dragAndDropEnabled: false },
});
window.__renderOutput = (data, id) => {
  let el = document.getElementById(id);
  if (!el) { el = document.createElement('div'); el.id = id; document.getElementById('outputs').append(el); }
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  api.renderOutputItem({ id, mime: 'application/vnd.aicmo.artifact+json', text: () => text, json: () => JSON.parse(text), data: () => new TextEncoder().encode(text), blob: () => new Blob([text]), metadata: {} }, el, new AbortController().signal);
};
window.__rendererReady = true;
</script>
</body>
</html>`;
}

/** A subset of VS Code's dark and light theme variables (enough for the panels to look right). */
export const TEST_THEME_CSS = `
body.vscode-dark, body.vscode-high-contrast {
  --vscode-foreground: #cccccc; --vscode-descriptionForeground: #9d9d9d; --vscode-errorForeground: #f85149;
  --vscode-editor-background: #1f1f1f; --vscode-editorWidget-background: #202020; --vscode-widget-border: #313131;
  --vscode-focusBorder: #0078d4; --vscode-button-background: #0078d4; --vscode-button-foreground: #ffffff;
  --vscode-badge-background: #616161; --vscode-badge-foreground: #f8f8f8; --vscode-charts-blue: #3794ff;
  --vscode-charts-red: #f14c4c; --vscode-charts-green: #89d185; --vscode-charts-orange: #d18616;
  --vscode-charts-yellow: #cca700; --vscode-charts-purple: #b180d7; --vscode-font-family: sans-serif; --vscode-font-size: 13px;
  --vscode-dropdown-background: #313131; --vscode-dropdown-foreground: #cccccc; --vscode-input-background: #313131;
  background: var(--vscode-editor-background); color: var(--vscode-foreground);
}
body.vscode-light, body.vscode-high-contrast-light {
  --vscode-foreground: #3b3b3b; --vscode-descriptionForeground: #717171; --vscode-errorForeground: #f85149;
  --vscode-editor-background: #ffffff; --vscode-editorWidget-background: #f8f8f8; --vscode-widget-border: #e5e5e5;
  --vscode-focusBorder: #005fb8; --vscode-button-background: #005fb8; --vscode-button-foreground: #ffffff;
  --vscode-badge-background: #cccccc; --vscode-badge-foreground: #3b3b3b; --vscode-charts-blue: #1a85ff;
  --vscode-charts-red: #e51400; --vscode-charts-green: #388a34; --vscode-charts-orange: #d18616;
  --vscode-charts-yellow: #bf8803; --vscode-charts-purple: #652d90; --vscode-font-family: sans-serif; --vscode-font-size: 13px;
  --vscode-dropdown-background: #ffffff; --vscode-dropdown-foreground: #3b3b3b; --vscode-input-background: #ffffff;
  background: var(--vscode-editor-background); color: var(--vscode-foreground);
}
`;
