// Entry of the Analytics panel bundle.
import { mountPanel } from '../shared/panelApp';
import './analyticsApp';

mountPanel('aicmo-analytics-app');
