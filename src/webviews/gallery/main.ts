// Entry of the Gallery panel bundle.
import { mountPanel } from '../shared/panelApp';
import './galleryApp';

mountPanel('aicmo-gallery-app');
