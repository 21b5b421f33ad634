import { describe, expect, test } from 'vitest';
import { labelBox, placeLabels, textWidth } from './map-labels.ts';

const options = { width: 600, height: 400, reserved: [] };

describe('names on the small map', () => {
  test('Japanese characters are one em wide, Latin ones narrower', () => {
    expect(textWidth('朝日地区', 20)).toBe(80);
    expect(textWidth('A1', 10)).toBe(12);
  });

  test('a name that would cover an earlier one, or a reserved corner, moves to its next place or is left out', () => {
    const placed = placeLabels(
      [
        { text: '朝日地区', size: 20, anchors: [[300, 200]] },
        {
          text: '緑町地区',
          size: 20,
          anchors: [
            [310, 205],
            [300, 260],
          ],
        },
        { text: '栄地区', size: 20, anchors: [[300, 210]] },
        { text: '泉地区', size: 20, anchors: [[30, 380]] },
      ],
      { ...options, reserved: [[0, 350, 200, 400]] },
    );
    expect(placed.map(({ text, x, y }) => [text, x, y])).toEqual([
      ['朝日地区', 300, 200],
      ['緑町地区', 300, 260],
    ]);
  });

  test('a name must fit in the drawing', () => {
    expect(placeLabels([{ text: '朝日地区', size: 20, anchors: [[10, 200]] }], options)).toEqual([]);
  });

  test('of the free places, the first that covers no dot wins, else the one covering fewest', () => {
    const anchors: [number, number][] = [
      [300, 200],
      [300, 240],
      [300, 280],
    ];
    const dots: [number, number][] = [
      [300, 200],
      [290, 202],
      [310, 240],
    ];
    expect(placeLabels([{ text: '朝日', size: 20, anchors }], { ...options, dots })[0]).toMatchObject({ y: 280 });
    const crowded: [number, number][] = [...dots, [300, 280], [305, 278]];
    expect(placeLabels([{ text: '朝日', size: 20, anchors }], { ...options, dots: crowded })[0]).toMatchObject({
      y: 240,
    });
  });

  test('the box is centred on the anchor', () => {
    const [x0, y0, x1, y1] = labelBox('朝日', 20, [100, 100]);
    expect((x0 + x1) / 2).toBe(100);
    expect((y0 + y1) / 2).toBe(100);
  });
});
