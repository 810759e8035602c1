// Entry of the Social Trends panel bundle.
import { mountPanel } from '../common/panelApp';
import './trendsApp';

mountPanel('aicmo-trends-app');
