// Entry of the Portal panel bundle.
import { mountPanel } from '../shared/panelApp';
import './portalApp';

mountPanel('aicmo-portal-app');
