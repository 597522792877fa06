import { render } from 'preact';
render(<p>Loading…</p>, document.getElementById('app') as HTMLElement);
