// Entry of the PM panel bundle.
import { mountPanel } from '../shared/panelApp';
import './pmApp';

mountPanel('aicmo-pm-app');
