// Entry of the Command panel bundle.
import { mountPanel } from '../shared/panelApp';
import './commandApp';

mountPanel('aicmo-command-app');
