// No symlink on the way in or out of `.aicmo/`. Everything under `.aicmo/` arrives through the
// repo, so a committed symlink (`events/2026-11.jsonl -> ~/.bashrc`, `reports -> /etc`) must never
// redirect a write or let a read follow it out:
//  - writes check each path component from `.aicmo` itself down to the file with lstat and refuse
//    a symlink (`assertNoSymlinkOnTheWay`), and folders are made one level at a time the same way
//    (`makeFolders`) — never `mkdir -p` through a link;
//  - reads refuse a file that resolves outside `<root>/.aicmo/` (`assertReadableInside`); a link
//    that stays inside is read.
// A path is "under `.aicmo/`" when one of its components is `.aicmo` (the last one counts); the
// workspace root is the folder above it, and nothing above the root is looked at (the workspace
// may itself live under a symlinked folder). Paths elsewhere (a report the user sends to
// `--out ~/Desktop/x.md`) are the user's choice and pass unchecked.
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { AicmoError } from '../domain/errors';

const AICMO = '.aicmo';

interface UnderAicmo {
  /** The workspace root (the folder that holds `.aicmo`). */
  root: string;
  /** Components from `.aicmo` down, e.g. ['.aicmo', 'events', '2026-11.jsonl']. */
  parts: string[];
}

function underAicmo(target: string): UnderAicmo | undefined {
  const segments = path.resolve(target).split(path.sep);
  const at = segments.lastIndexOf(AICMO);
  if (at < 0) return undefined;
  return { root: segments.slice(0, at).join(path.sep) || path.sep, parts: segments.slice(at) };
}

function lstatOrUndefined(file: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function symlinkRefused(shown: string, what: 'file' | 'folder'): AicmoError {
  return new AicmoError('unsafe-path', `${shown} is a symbolic link; AICMO never writes through one (replace it with a plain ${what}).`, { details: { path: shown } });
}

/**
 * Throws 'unsafe-path' when `.aicmo` or any component below it on the way to `target` (the
 * target included) is a symbolic link; components that do not exist yet end the check.
 * `targetKind` says what the target is, for the message.
 */
export function assertNoSymlinkOnTheWay(target: string, targetKind: 'file' | 'folder' = 'file'): void {
  const inside = underAicmo(target);
  if (!inside) return;
  let current = inside.root;
  for (let i = 0; i < inside.parts.length; i++) {
    current = path.join(current, inside.parts[i]!);
    const st = lstatOrUndefined(current);
    if (!st) return;
    const last = i === inside.parts.length - 1;
    if (st.isSymbolicLink()) throw symlinkRefused(inside.parts.slice(0, i + 1).join('/'), last ? targetKind : 'folder');
  }
}

/** `mkdir -p` that never goes through a symlink under `.aicmo/` (each level checked, then made). */
export function makeFolders(dir: string): void {
  const inside = underAicmo(dir);
  if (!inside) {
    mkdirSync(dir, { recursive: true });
    return;
  }
  if (!existsSync(inside.root)) mkdirSync(inside.root, { recursive: true }); // above `.aicmo`: the user's folders
  let current = inside.root;
  for (let i = 0; i < inside.parts.length; i++) {
    current = path.join(current, inside.parts[i]!);
    let st = lstatOrUndefined(current);
    if (!st) {
      try {
        mkdirSync(current);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      st = lstatSync(current); // made by us or by a concurrent writer: check what is there now
    }
    if (st.isSymbolicLink()) throw symlinkRefused(inside.parts.slice(0, i + 1).join('/'), 'folder');
  }
}

/**
 * Throws 'unreadable-file' when `file`, under `.aicmo/`, resolves to a place outside
 * `<root>/.aicmo/` (a symlink on the way points out). A missing file passes: the read that
 * follows reports it as it always did.
 */
export function assertReadableInside(file: string): void {
  const inside = underAicmo(file);
  if (!inside) return;
  let real: string;
  let realAicmo: string;
  try {
    real = realpathSync(file);
    realAicmo = path.join(realpathSync(inside.root), AICMO);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  if (real === realAicmo || real.startsWith(realAicmo + path.sep)) return;
  // Name the link that leads out: the first symlinked component.
  let current = inside.root;
  let shown = inside.parts.join('/');
  let what: 'file' | 'folder' = 'file';
  for (let i = 0; i < inside.parts.length; i++) {
    current = path.join(current, inside.parts[i]!);
    if (lstatOrUndefined(current)?.isSymbolicLink()) {
      shown = inside.parts.slice(0, i + 1).join('/');
      what = i === inside.parts.length - 1 ? 'file' : 'folder';
      break;
    }
  }
  throw new AicmoError('unreadable-file', `${shown} is a symbolic link to a ${what} outside .aicmo/; AICMO does not read through it (replace it with the ${what} itself).`, {
    details: { path: shown, resolved: real },
  });
}

/** readFileSync of a file under `.aicmo/` that refuses to follow a symlink out of it. */
export function readFileInside(file: string): Buffer;
export function readFileInside(file: string, encoding: 'utf8'): string;
export function readFileInside(file: string, encoding?: 'utf8'): Buffer | string {
  assertReadableInside(file);
  return encoding ? readFileSync(file, encoding) : readFileSync(file);
}
