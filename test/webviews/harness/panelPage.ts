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

/**
 * A subset of VS Code's theme variables for Dark Modern, Light Modern, High Contrast and High
 * Contrast Light, with their real values for the colours text is drawn in (warning and error
 * foregrounds, list warning/error foregrounds, descriptions, buttons), so the contrast check
 * measures what a user sees: Light Modern's editorWarning foreground (#bf8803) and error
 * foreground (#f85149) fail 4.5:1 on white. Button values are VS Code 1.100's (the code-server the
 * integration tests run): High Contrast sets no button or secondary button background, so VS Code
 * passes none and vscode-elements falls back to its own (#0078d4, #313131); High Contrast Light's
 * description foreground is its foreground at 70 %. The body has VS Code's default webview
 * margin and padding (0 20px), so widths match a real panel's.
 */
export const TEST_THEME_CSS = `
body { --vscode-font-family: sans-serif; --vscode-font-size: 13px; background: var(--vscode-editor-background); color: var(--vscode-foreground); margin: 0; padding: 0 20px; }
body.vscode-dark {
  --vscode-gitDecoration-addedResourceForeground: #81b88b;
  --vscode-foreground: #cccccc; --vscode-descriptionForeground: #9d9d9d; --vscode-errorForeground: #f85149;
  --vscode-editorWarning-foreground: #cca700; --vscode-list-warningForeground: #cca700; --vscode-list-errorForeground: #f88070;
  --vscode-editor-background: #1f1f1f; --vscode-editorWidget-background: #202020; --vscode-widget-border: #313131;
  --vscode-focusBorder: #0078d4; --vscode-button-background: #0078d4; --vscode-button-foreground: #ffffff;
  --vscode-badge-background: #616161; --vscode-badge-foreground: #f8f8f8; --vscode-charts-blue: #3794ff;
  --vscode-charts-red: #f14c4c; --vscode-charts-green: #89d185; --vscode-charts-orange: #d18616;
  --vscode-charts-yellow: #cca700; --vscode-charts-purple: #b180d7; --vscode-textLink-foreground: #4daafc;
  --vscode-dropdown-background: #313131; --vscode-dropdown-foreground: #cccccc; --vscode-input-background: #313131;
  --vscode-textBlockQuote-background: #2b2b2b;
  --vscode-button-border: #ffffff12; --vscode-button-hoverBackground: #026ec1; --vscode-button-secondaryBackground: #313131;
  --vscode-button-secondaryForeground: #cccccc; --vscode-button-secondaryHoverBackground: #3c3c3c; --vscode-disabledForeground: #cccccc80;
}
body.vscode-high-contrast {
  --vscode-gitDecoration-addedResourceForeground: #a1e3ad;
  --vscode-foreground: #ffffff; --vscode-descriptionForeground: #ffffffb3; --vscode-errorForeground: #f48771;
  --vscode-editorWarning-foreground: #ffd370; --vscode-list-warningForeground: #cca700; --vscode-list-errorForeground: #f88070;
  --vscode-editor-background: #000000; --vscode-editorWidget-background: #0c141f; --vscode-widget-border: #6fc3df; --vscode-contrastBorder: #6fc3df;
  --vscode-focusBorder: #f38518; --vscode-button-foreground: #ffffff; --vscode-button-border: #6fc3df;
  --vscode-button-secondaryForeground: #ffffff; --vscode-disabledForeground: #a5a5a5;
  --vscode-badge-background: #000000; --vscode-badge-foreground: #ffffff; --vscode-charts-blue: #3794ff;
  --vscode-charts-red: #f14c4c; --vscode-charts-green: #89d185; --vscode-charts-orange: #d18616;
  --vscode-charts-yellow: #cca700; --vscode-charts-purple: #b180d7; --vscode-textLink-foreground: #21a6ff;
  --vscode-dropdown-background: #000000; --vscode-dropdown-foreground: #ffffff; --vscode-input-background: #000000;
}
body.vscode-light {
  --vscode-gitDecoration-addedResourceForeground: #587c0c;
  --vscode-foreground: #3b3b3b; --vscode-descriptionForeground: #717171; --vscode-errorForeground: #f85149;
  --vscode-editorWarning-foreground: #bf8803; --vscode-list-warningForeground: #855f00; --vscode-list-errorForeground: #b01011;
  --vscode-editor-background: #ffffff; --vscode-editorWidget-background: #f8f8f8; --vscode-widget-border: #e5e5e5;
  --vscode-focusBorder: #005fb8; --vscode-button-background: #005fb8; --vscode-button-foreground: #ffffff;
  --vscode-badge-background: #cccccc; --vscode-badge-foreground: #3b3b3b; --vscode-charts-blue: #1a85ff;
  --vscode-charts-red: #e51400; --vscode-charts-green: #388a34; --vscode-charts-orange: #d18616;
  --vscode-charts-yellow: #bf8803; --vscode-charts-purple: #652d90; --vscode-textLink-foreground: #005fb8;
  --vscode-dropdown-background: #ffffff; --vscode-dropdown-foreground: #3b3b3b; --vscode-input-background: #ffffff;
  --vscode-textBlockQuote-background: #f8f8f8;
  --vscode-button-border: #0000001a; --vscode-button-hoverBackground: #0258a8; --vscode-button-secondaryBackground: #e5e5e5;
  --vscode-button-secondaryForeground: #3b3b3b; --vscode-button-secondaryHoverBackground: #cccccc; --vscode-disabledForeground: #61616180;
}
body.vscode-high-contrast-light {
  --vscode-gitDecoration-addedResourceForeground: #374e06;
  --vscode-foreground: #292929; --vscode-descriptionForeground: #292929b3; --vscode-errorForeground: #b5200d;
  --vscode-editorWarning-foreground: #895503; --vscode-list-warningForeground: #855f00; --vscode-list-errorForeground: #b5200d;
  --vscode-editor-background: #ffffff; --vscode-editorWidget-background: #ffffff; --vscode-widget-border: #0f4a85; --vscode-contrastBorder: #0f4a85;
  --vscode-focusBorder: #006bbd; --vscode-button-background: #0f4a85; --vscode-button-foreground: #ffffff; --vscode-button-border: #0f4a85;
  --vscode-button-hoverBackground: #0f4a85; --vscode-button-secondaryBackground: #ffffff; --vscode-button-secondaryForeground: #292929; --vscode-disabledForeground: #7f7f7f;
  --vscode-badge-background: #0f4a85; --vscode-badge-foreground: #ffffff; --vscode-charts-blue: #1a85ff;
  --vscode-charts-red: #b5200d; --vscode-charts-green: #374e06; --vscode-charts-orange: #895503;
  --vscode-charts-yellow: #895503; --vscode-charts-purple: #652d90; --vscode-textLink-foreground: #0f4a85;
  --vscode-dropdown-background: #ffffff; --vscode-dropdown-foreground: #292929; --vscode-input-background: #ffffff;
}
`;
