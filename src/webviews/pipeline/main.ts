// Entry of the Pipeline panel bundle.
import { mountPanel } from '../common/panelApp';
import './pipelineApp';

mountPanel('aicmo-pipeline-app');
