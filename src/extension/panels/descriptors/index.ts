// Every panel's core-side descriptor, by id (a panel missing here does not compile).
import type { PanelId } from '../../../protocol';
import { analytics } from './analytics';
import { command } from './command';
import { controltower } from './controltower';
import { gallery } from './gallery';
import { kaizen } from './kaizen';
import { pipeline } from './pipeline';
import { pm } from './pm';
import { portal } from './portal';
import { trends } from './trends';
import { unified } from './unified';
import { warroom } from './warroom';
import type { PanelDescriptor } from './types';

export const PANEL_DESCRIPTORS: { readonly [P in PanelId]: PanelDescriptor<P> } = { command, pipeline, warroom, gallery, pm, analytics, controltower, portal, trends, unified, kaizen };

export type { CommandEffect, PanelDescriptor, RequestHandler, SnapshotContext, SnapshotRequest } from './types';
