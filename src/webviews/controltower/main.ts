// Entry of the Control Tower panel bundle.
import { mountPanel } from '../common/panelApp';
import './controltowerApp';

mountPanel('aicmo-controltower-app');
