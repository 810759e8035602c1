// Entry of the War Room panel bundle.
import { mountPanel } from '../common/panelApp';
import './warroomApp';

mountPanel('aicmo-warroom-app');
