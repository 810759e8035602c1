// Entry of the Command panel bundle.
import { mountPanel } from '../common/panelApp';
import './commandApp';

mountPanel('aicmo-command-app');
