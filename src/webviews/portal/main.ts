// Entry of the Portal panel bundle.
import { mountPanel } from '../common/panelApp';
import './portalApp';

mountPanel('aicmo-portal-app');
