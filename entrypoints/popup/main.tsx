import { mountExtensionPage } from '../../components/common/mount-page';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';

mountExtensionPage(Popup);
