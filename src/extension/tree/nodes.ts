// The nodes of the Projects tree and what a test or a script sees of them (TreeSnapshot).
import type { PipelineProject, UnifiedArtifact } from '../core';

export interface StageNode {
  kind: 'stage';
  stage: string;
  /** The stage in words ("Strategy"). */
  label: string;
  projects: PipelineProject[];
}

export interface ProjectNode {
  kind: 'project';
  project: PipelineProject;
}

export interface ArtifactNode {
  kind: 'artifact';
  project: { slug: string; name: string };
  artifact: UnifiedArtifact;
}

export type ProjectsTreeNode = StageNode | ProjectNode | ArtifactNode;

export interface TreeSnapshot {
  paused: boolean;
  stages: Array<{ stage: string; label: string; count: number; projects: Array<{ id: string; slug: string; label: string; description: string; contextValue: string }> }>;
}
