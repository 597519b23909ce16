import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// antd's styles prebuilt (theme.ts: zeroRuntime), ahead of ours so ours win a tie.
import 'antd/dist/antd.css';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
