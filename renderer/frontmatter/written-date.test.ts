import { describe, expect, it } from 'vitest';
import { parseWrittenDate, pickerStep, pickerValue, writeDate } from './written-date';

describe('written dates and pickers', () => {
  it('shows each form in the picker that fits it', () => {
    expect(pickerValue(parseWrittenDate('2024-06-01')!)).toBe('2024-06-01');
    expect(pickerValue(parseWrittenDate('2024-06-01 10:00:00 +0200')!)).toBe('2024-06-01T10:00:00');
    expect(pickerStep(parseWrittenDate('2024-06-01T10:00Z')!)).toBeUndefined();
    expect(pickerStep(parseWrittenDate('2024-06-01T10:00:05Z')!)).toBe(1);
    expect(pickerStep(parseWrittenDate('2024-06-01T10:00:05.25Z')!)).toBe(0.001);
    expect(parseWrittenDate('Jun 19 2024')).toBeNull();
  });

  it('writes a new pick back in the post’s form', () => {
    expect(writeDate(parseWrittenDate('2024-02-01T10:00:00-07:00')!, '2024-02-03T09:30')).toBe('2024-02-03T09:30:00-07:00');
    expect(writeDate(parseWrittenDate('2024-02-01T10:00Z')!, '2024-02-03T09:30')).toBe('2024-02-03T09:30Z');
    expect(writeDate(parseWrittenDate('2024-02-01 10:00:00')!, '2024-02-03T09:30:15')).toBe('2024-02-03 09:30:15');
    expect(writeDate(parseWrittenDate('2024-02-01')!, '')).toBeNull();
    expect(writeDate(parseWrittenDate('2024-02-01T10:00Z')!, '2024-02-03')).toBeNull();
  });
});
