// Entry of the Unified View panel bundle.
import { mountPanel } from '../common/panelApp';
import './unifiedApp';

mountPanel('aicmo-unified-app');
