import { render } from 'preact';
import { ReaderPage } from '../../components/ReaderPage.tsx';

const q = new URLSearchParams(location.search);
render(
  <ReaderPage
    packId={q.get('pack') ?? ''}
    docId={q.get('doc') ?? ''}
    start={Number(q.get('start') ?? -1)}
    end={Number(q.get('end') ?? -1)}
  />,
  document.getElementById('app')!,
);
