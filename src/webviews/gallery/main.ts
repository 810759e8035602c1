// Entry of the Gallery panel bundle.
import { mountPanel } from '../common/panelApp';
import './galleryApp';

mountPanel('aicmo-gallery-app');
