// Entry of the Unified View panel bundle.
import { mountPanel } from '../shared/panelApp';
import './unifiedApp';

mountPanel('aicmo-unified-app');
