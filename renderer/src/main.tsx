import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setupI18n } from './i18n/setup-i18n';
import { watchConnection } from './state/connection-store';
import { startup } from './state/project-lifecycle';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/dialogs.css';
import './styles/start.css';
import './styles/tables.css';
import './styles/transcript.css';
import './styles/coding-panel.css';
import './styles/views.css';

// Before anything renders: messages in place and the first API calls on their way.
setupI18n();
watchConnection();
void startup();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
