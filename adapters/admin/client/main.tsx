import { render } from 'preact';
import { Editor } from './editor.js';
import { ReviewQueue } from './review.js';

const root = document.getElementById('editor');
if (root) {
  root.textContent = '';
  render(<Editor />, root);
}

const review = document.getElementById('review');
if (review) {
  const canEdit = review.dataset.canEdit === 'true';
  review.textContent = '';
  render(<ReviewQueue canEdit={canEdit} />, review);
}
