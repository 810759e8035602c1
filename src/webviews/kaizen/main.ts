// Entry of the Kaizen panel bundle.
import { mountPanel } from '../shared/panelApp';
import './kaizenApp';

mountPanel('aicmo-kaizen-app');
