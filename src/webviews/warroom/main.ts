// Entry of the War Room panel bundle.
import { mountPanel } from '../shared/panelApp';
import './warroomApp';

mountPanel('aicmo-warroom-app');
