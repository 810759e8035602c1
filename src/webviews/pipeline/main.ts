// Entry of the Pipeline panel bundle.
import { mountPanel } from '../shared/panelApp';
import './pipelineApp';

mountPanel('aicmo-pipeline-app');
