// AICMO's notebook renderer (contributes.notebookRenderer, an ESM bundle: dist/renderers/artifact.js)
// for `application/vnd.aicmo.artifact+json`. Each output item becomes an <aicmo-artifact-output>;
// its data is checked against the protocol's schema first (an output that does not fit says so as
// text). Decisions go to the host through renderer messaging (requiresMessaging: optional).
import type { ActivationFunction } from 'vscode-notebook-renderer';
import * as v from 'valibot';
import { artifactOutputSchema } from '../../protocol/notebook';
import type { ArtifactOutputElement } from './artifactOutput';
import './artifactOutput'; // defines <aicmo-artifact-output>

export const activate: ActivationFunction = (context) => ({
  renderOutputItem(item, element) {
    const parsed = v.safeParse(artifactOutputSchema, (() => {
      try {
        return item.json();
      } catch {
        return undefined;
      }
    })());
    if (!parsed.success) {
      element.replaceChildren();
      const p = document.createElement('p');
      p.textContent = `This AICMO output cannot be shown: ${v.getDotPath(parsed.issues[0]!) ?? 'data'}: ${parsed.issues[0]!.message}`;
      element.append(p);
      return;
    }
    let view = element.querySelector('aicmo-artifact-output') as ArtifactOutputElement | null;
    if (!view) {
      element.replaceChildren();
      view = document.createElement('aicmo-artifact-output') as ArtifactOutputElement;
      element.append(view);
    }
    view.trusted = context.workspace.isTrusted;
    view.canPost = typeof context.postMessage === 'function';
    view.post = (message) => context.postMessage?.(message);
    view.data = parsed.output;
  },
  disposeOutputItem() {
    // Nothing held outside the element, which goes with its output.
  },
});
