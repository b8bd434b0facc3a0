import { mountExtensionPage } from '../../components/common/mount-page';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/options.css';

mountExtensionPage(OptionsApp);
