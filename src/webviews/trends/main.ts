// Entry of the Social Trends panel bundle.
import { mountPanel } from '../shared/panelApp';
import './trendsApp';

mountPanel('aicmo-trends-app');
