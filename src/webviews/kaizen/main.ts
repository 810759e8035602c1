// Entry of the Kaizen panel bundle.
import { mountPanel } from '../common/panelApp';
import './kaizenApp';

mountPanel('aicmo-kaizen-app');
