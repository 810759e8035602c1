// Entry of the Analytics panel bundle.
import { mountPanel } from '../common/panelApp';
import './analyticsApp';

mountPanel('aicmo-analytics-app');
