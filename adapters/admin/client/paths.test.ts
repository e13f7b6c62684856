import { describe, expect, it } from 'vitest';
import { errorsByPath, splitError } from './errors.js';
import { getIn, type Json, moveItem, pathKey, removeItem, setIn } from './paths.js';

describe('editing the definition by path', () => {
  const doc: Json = { criteria: [{ id: 'a', options: [{ label: { fi: 'x' } }] }, { id: 'b' }] };

  it('names a path the way validation errors do', () => {
    expect(pathKey(['criteria', 3, 'options', 1, 'label', 'fi'])).toBe('criteria[3].options[1].label.fi');
  });

  it('sets a value without touching the original, and removes a key for undefined', () => {
    const changed = setIn(doc, ['criteria', 0, 'options', 0, 'label', 'fi'], 'y');
    expect(getIn(changed, ['criteria', 0, 'options', 0, 'label', 'fi'])).toBe('y');
    expect(getIn(doc, ['criteria', 0, 'options', 0, 'label', 'fi'])).toBe('x');
    expect(getIn(setIn(doc, ['criteria', 1, 'id'], undefined), ['criteria', 1])).toEqual({});
    expect(setIn({}, ['thresholds', 'fit'], 40)).toEqual({ thresholds: { fit: 40 } });
  });

  it('moves and removes list items, ignoring moves past either end', () => {
    expect(moveItem([1, 2, 3], 2, 1)).toEqual([1, 3, 2]);
    expect(moveItem([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(removeItem([1, 2, 3], 1)).toEqual([1, 3]);
  });
});

describe('validation errors by field', () => {
  it('splits the path from the message', () => {
    expect(splitError('criteria[3].options[1].label.fi is missing')).toEqual({ path: 'criteria[3].options[1].label.fi', message: 'is missing' });
    expect(splitError('line 3, column 4: bad indentation')).toEqual({ path: '', message: 'line 3, column 4: bad indentation' });
  });

  it('groups messages under their path', () => {
    const map = errorsByPath(['thresholds.fit must be a whole number', 'thresholds.fit is missing', 'the definition is empty']);
    expect(map.get('thresholds.fit')).toEqual(['must be a whole number', 'is missing']);
    expect(map.get('')).toEqual(['the definition is empty']);
  });
});
