// Entry of the PM panel bundle.
import { mountPanel } from '../common/panelApp';
import './pmApp';

mountPanel('aicmo-pm-app');
