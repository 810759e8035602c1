// The HTML of a panel: a strict CSP with a fresh nonce per render — nothing by default, scripts
// only by nonce, styles by nonce and the webview's resource origin (cspSource), fonts and images
// from that origin only; no remote host, no eval, no inline script. The codicon stylesheet keeps
// the id vscode-elements looks for. The body's theme class is set by VS Code itself.
import { randomBytes } from 'node:crypto';

export interface PanelHtmlInput {
  panel: string;
  title: string;
  /** webview.cspSource */
  cspSource: string;
  /** asWebviewUri of dist/webviews/<panel>.js */
  scriptUri: string;
  /** asWebviewUri of dist/codicons/codicon.css */
  codiconUri: string;
  /** Defaults to 16 random bytes (tests pass their own). */
  nonce?: string;
}

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function panelHtml(input: PanelHtmlInput): string {
  const nonce = input.nonce ?? newNonce();
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${input.cspSource} 'nonce-${nonce}'`,
    `font-src ${input.cspSource}`,
    `img-src ${input.cspSource} data:`,
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" nonce="${nonce}" id="vscode-codicon-stylesheet" href="${attr(input.codiconUri)}">
<title>${attr(input.title)}</title>
</head>
<body data-panel="${attr(input.panel)}">
<script nonce="${nonce}" src="${attr(input.scriptUri)}"></script>
</body>
</html>`;
}
