// A local static server for the built panel bundles (dist/) and the test page of each panel.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { panelHtml, rendererHtml, TEST_THEME_CSS } from './panelPage';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
  '.html': 'text/html',
};

export interface PanelServer {
  origin: string;
  pageUrl(panel: string, themeClass?: string): string;
  close(): Promise<void>;
}

export async function startPanelServer(distDir = path.resolve('dist')): Promise<PanelServer> {
  let origin = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const page = /^\/panel\/([a-z]+)\.html$/.exec(url.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(panelHtml(page[1]!, origin, url.searchParams.get('theme') ?? 'vscode-dark'));
      return;
    }
    if (url.pathname === '/renderer.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(rendererHtml(origin, url.searchParams.get('theme') ?? 'vscode-dark', url.searchParams.get('trusted') !== '0', url.searchParams.get('messaging') !== '0'));
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/harness/eval-probe.js') {
      // Loaded by the harness test with the page's nonce: proves eval is blocked for page scripts.
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end("try { new Function('return 1')(); window.__evalRan = true; } catch (e) { window.__evalBlocked = true; }");
      return;
    }
    if (url.pathname === '/test-theme.css') {
      res.writeHead(200, { 'content-type': 'text/css' });
      res.end(TEST_THEME_CSS);
      return;
    }
    const file = path.resolve(distDir, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(distDir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The panel test server has no port.');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    pageUrl: (panel, themeClass) => `${origin}/panel/${panel}.html${themeClass ? `?theme=${themeClass}` : ''}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
