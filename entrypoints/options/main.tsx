import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage.tsx';

render(<OptionsPage />, document.getElementById('app')!);
