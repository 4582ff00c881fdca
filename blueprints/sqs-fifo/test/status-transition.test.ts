import { describe, expect, it } from 'vitest';
import { InvalidStatusTransitionError } from '../src/errors.js';
import { acceptStatusChange } from '../src/status-transition.js';
import { statusChange } from './support/status-change-factory.js';

describe('acceptStatusChange', () => {
  it.each([
    ['placed', 'paid'],
    ['paid', 'shipped'],
    ['shipped', 'delivered'],
    ['paid', 'cancelled'],
  ] as const)('accepts an order going from %s to %s', (from, to) => {
    // Prepare
    const change = statusChange('order-1', from, to);

    // Act
    const act = () => acceptStatusChange(change);

    // Assess
    expect(act).not.toThrow();
  });

  it('refuses a change the life cycle does not allow, naming what may come next', () => {
    // Prepare
    const change = statusChange('order-7', 'paid', 'delivered');

    // Act
    const act = () => acceptStatusChange(change);

    // Assess
    expect(act).toThrow(InvalidStatusTransitionError);
    expect(act).toThrow('Order order-7 cannot go from paid to delivered: after paid comes shipped or cancelled.');
  });

  it('refuses any change of a delivered order', () => {
    // Prepare
    const change = statusChange('order-8', 'delivered', 'cancelled');

    // Act
    const act = () => acceptStatusChange(change);

    // Assess
    expect(act).toThrow('after delivered comes nothing (it is final)');
  });
});
