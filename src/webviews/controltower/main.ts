// Entry of the Control Tower panel bundle.
import { mountPanel } from '../shared/panelApp';
import './controltowerApp';

mountPanel('aicmo-controltower-app');
