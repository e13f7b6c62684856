import { render } from 'preact';
import { Editor } from './editor.js';

const root = document.getElementById('editor');
if (root) {
  root.textContent = '';
  render(<Editor />, root);
}
